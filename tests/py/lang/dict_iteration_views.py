# keys/values/items and unpacking in for.
d = {"x": 1, "y": 2}
print(list(d.keys()))  # expect: ['x', 'y']
print(list(d.values()))  # expect: [1, 2]
print(list(d.items()))  # expect: [('x', 1), ('y', 2)]
for k, v in d.items():
    print(k, "=", v)
# expect: x = 1
# expect: y = 2
for k in d:
    print(k, end=";")
print()
# expect: x;y;
print(d.keys())  # expect: dict_keys(['x', 'y'])
print(d.values())  # expect: dict_values([1, 2])
print(d.items())  # expect: dict_items([('x', 1), ('y', 2)])
