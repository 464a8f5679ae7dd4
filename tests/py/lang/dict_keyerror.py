# A missing key, looked up three calls deep.
prices = {"apple": 3}

def price(item):
    return prices[item]

def total(items):
    return sum(price(i) for i in items)

def checkout(items):
    return f"total {total(items)}"

print(checkout(["apple", "apple"]))  # expect: total 6
print(checkout(["apple", "pear"]))
# expect runtime error: KeyError: 'pear'
