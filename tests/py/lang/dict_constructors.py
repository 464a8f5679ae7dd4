# Ways to build a dict.
print(dict(a=1, b=2))  # expect: {'a': 1, 'b': 2}
print(dict([("x", 1), ("y", 2)]))  # expect: {'x': 1, 'y': 2}
print(dict(zip("ab", [1, 2])))  # expect: {'a': 1, 'b': 2}
print(dict({"k": 1}, k2=2))  # expect: {'k': 1, 'k2': 2}
print(dict())  # expect: {}
print({k: v for k, v in [("p", 1), ("p", 2)]})  # expect: {'p': 2}
