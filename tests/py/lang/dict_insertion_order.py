# Dicts keep insertion order; updating a key keeps its place.
d = {}
d["b"] = 1
d["a"] = 2
d["c"] = 3
print(list(d))  # expect: ['b', 'a', 'c']
d["b"] = 10
print(d)  # expect: {'b': 10, 'a': 2, 'c': 3}
del d["b"]
d["b"] = 1
print(d)  # expect: {'a': 2, 'c': 3, 'b': 1}
print({3: "x", 1: "y", 2: "z"})  # expect: {3: 'x', 1: 'y', 2: 'z'}
