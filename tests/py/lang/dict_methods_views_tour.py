# dict methods, views, merge operators, fromkeys, popitem and KeyError reprs
d = {"b": 2, "a": 1}
print(d.keys(), d.values(), d.items())
print(list(d), sorted(d), len(d), "a" in d, 2 in d.values())
d.setdefault("c", []).append(3)
print(d, d.setdefault("a", 100))
print(d.pop("a"), d.pop("zz", None), d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
print(dict.fromkeys("abc", 0), dict.fromkeys([1, 2]))
print({"a": 1} | {"b": 2, "a": 3})
e = {"a": 1}
e |= {"c": 5}
print(e, e.get("q"), e.get("q", "dflt"), e.copy() == e, e.copy() is e)
print(dict(zip("abc", range(3))), dict(a=1, b=2), dict([(1, 2)]))
print({k: v for k, v in sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1])})
print(list(reversed({"a": 1, "b": 2})), list(reversed(d.values())))
print(d.items() & {("x", 1)}, d.keys() - {"x"} == {"b", "c", "y", "z"})
try:
    {}.popitem()
except KeyError as e:
    print(e, repr(e))
try:
    d["missing"]
except KeyError as e:
    print(e, repr(e), e.args)
try:
    {}.pop("nope")
except KeyError as e:
    print(repr(e))
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(counts, key=counts.get), min(counts.values()))
del counts["the"]
print(counts, {1: "a", True: "b", 1.0: "c"})
print({(1, 2): "t"}[(1, 2)], {None: 0}[None])
dd = {}
dd[1] = dd
print(dd)
print(repr({}.keys()), {}.items(), iter({}).__class__.__name__ if False else "")
print(type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__)
x = {"a": 1}
ks = x.keys()
x["b"] = 2
print(ks, len(ks))
print(d == dict(d), {"a": 1, "b": 2} == {"b": 2, "a": 1})
print(d["nonexistent"])
# expect: dict_keys(['b', 'a']) dict_values([2, 1]) dict_items([('b', 2), ('a', 1)])
# expect: ['b', 'a'] ['a', 'b'] 2 True True
# expect: {'b': 2, 'a': 1, 'c': [3]} 1
# expect: 1 None ('c', [3]) {'b': 2}
# expect: {'b': 2, 'x': 1, 'y': 2, 'z': 3}
# expect: {'a': 0, 'b': 0, 'c': 0} {1: None, 2: None}
# expect: {'a': 3, 'b': 2}
# expect: {'a': 1, 'c': 5} None dflt True False
# expect: {'a': 0, 'b': 1, 'c': 2} {'a': 1, 'b': 2} {1: 2}
# expect: {'b': 1, 'a': 2}
# expect: ['b', 'a'] [3, 2, 1, 2]
# expect: {('x', 1)} False
# expect: 'popitem(): dictionary is empty' KeyError('popitem(): dictionary is empty')
# expect: 'missing' KeyError('missing') ('missing',)
# expect: KeyError('nope')
# expect: {'the': 3, 'cat': 1, 'and': 2, 'hat': 1, 'bat': 1}
# expect: [('the', 3), ('and', 2), ('bat', 1), ('cat', 1), ('hat', 1)]
# expect: the 1
# expect: {'cat': 1, 'and': 2, 'hat': 1, 'bat': 1} {1: 'c'}
# expect: t 0
# expect: {1: {...}}
# expect: dict_keys([]) dict_items([]) 
# expect: dict_keys dict_values dict_items
# expect: dict_keys(['a', 'b']) 2
# expect: True True
# expect runtime error: KeyError: 'nonexistent'
