# for walks strings, tuples, dicts (keys), sets of small ints and ranges.
for x in (1, "two", 3.0):
    print(x)
# expect: 1
# expect: two
# expect: 3.0
for key in {"a": 1, "b": 2}:
    print(key)
# expect: a
# expect: b
print([n * 10 for n in {3, 1, 2}])  # expect: [10, 20, 30]
for a, (b, c) in [(1, (2, 3))]:
    print(a + b + c)  # expect: 6
