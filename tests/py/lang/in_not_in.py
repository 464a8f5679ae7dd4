# Membership in strings, lists, tuples, dicts (keys) and sets.
print("ell" in "hello")  # expect: True
print(2 in [1, 2], 2 not in (1, 2))  # expect: True False
print("a" in {"a": 1}, 1 in {"a": 1})  # expect: True False
print(3 in {1, 2, 3})  # expect: True
print([1] in [[1], [2]])  # expect: True
print(1.0 in [1])  # expect: True
print(not 1 in [2])  # expect: True
