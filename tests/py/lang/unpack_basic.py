# Tuple unpacking, swapping and nested targets.
a, b = 1, 2
a, b = b, a
print(a, b)  # expect: 2 1
(x, y), z = (1, 2), 3
print(x, y, z)  # expect: 1 2 3
[p, q] = "pq"
print(q, p)  # expect: q p
for i, (name, score) in enumerate([("ann", 3), ("bo", 5)]):
    print(i, name, score)
# expect: 0 ann 3
# expect: 1 bo 5
k, v = {"only": 1}.popitem()
print(k, v)  # expect: only 1
d = {}
d["a"], d["b"] = 1, 2
print(d)  # expect: {'a': 1, 'b': 2}
