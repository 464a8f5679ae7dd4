# What counts as false.
falsy = [0, 0.0, -0.0, "", [], (), {}, set(), None, False, range(0)]
print([bool(v) for v in falsy].count(False), len(falsy))  # expect: 11 11
truthy = [1, -1, 0.1, "0", " ", [0], (None,), {"": 0}, {0}, range(1), float("nan")]
print(all(truthy), [bool(v) for v in truthy].count(True))  # expect: True 11
print(bool(), bool("False"))  # expect: False True
if not []:
    print("empty is falsy")  # expect: empty is falsy
