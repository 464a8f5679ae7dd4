# del on list items, slices, dict keys and names.
xs = [1, 2, 3, 4]
del xs[1]
print(xs)  # expect: [1, 3, 4]
del xs[-2:]
print(xs)  # expect: [1]
d = {"a": 1, "b": 2}
del d["a"]
print(d)  # expect: {'b': 2}
name = "temp"
del name
try:
    print(name)
except NameError as e:
    print(e)  # expect: name 'name' is not defined
a, b = 1, 2
del a, b
print("done")  # expect: done
