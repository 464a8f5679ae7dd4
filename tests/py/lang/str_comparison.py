# Strings compare by code point, left to right.
print("apple" < "banana")  # expect: True
print("Zebra" < "apple")  # expect: True
print("abc" < "abd")  # expect: True
print("ab" < "abc")  # expect: True
print("10" < "9")  # expect: True
print(sorted(["b", "A", "a", "B"]))  # expect: ['A', 'B', 'a', 'b']
print(max("hello"))  # expect: o
print("a" == "a")  # expect: True
