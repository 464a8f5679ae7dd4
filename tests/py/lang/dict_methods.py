# The everyday dict methods.
d = {"a": 1}
print(d.get("a"), d.get("z"), d.get("z", 0))  # expect: 1 None 0
print(d.setdefault("b", []))  # expect: []
d.setdefault("b", []).append(5)
print(d)  # expect: {'a': 1, 'b': [5]}
d.update({"c": 3}, d=4)
print(d)  # expect: {'a': 1, 'b': [5], 'c': 3, 'd': 4}
print(d.pop("a"), d.pop("zz", "none"))  # expect: 1 none
print(d.popitem())  # expect: ('d', 4)
print("b" in d, "a" in d, 5 in d)  # expect: True False False
print(len(d))  # expect: 2
e = d.copy()
d.clear()
print(d, e)  # expect: {} {'b': [5], 'c': 3}
