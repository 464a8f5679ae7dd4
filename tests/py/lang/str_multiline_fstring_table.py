# A small report table built with f-strings.
rows = [("apple", 3, 0.5), ("kiwi", 12, 0.25)]
for name, qty, price in rows:
    print(f"{name:<8}|{qty:>4}|{price * qty:>7.2f}")
# expect: apple   |   3|   1.50
# expect: kiwi    |  12|   3.00
