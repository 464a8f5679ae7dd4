# dict and set methods, update forms and their errors, mutation during iteration
d = {"a": 1, "b": 2}
print(d.pop("a"), d.pop("z", None), d.pop("z", 0), d)  # expect: 1 None 0 {'b': 2}
try: d.pop("z")
except KeyError as e: print(repr(e))  # expect: KeyError('z')
print(d.setdefault("c", []), d.setdefault("b", 99), d)  # expect: [] 2 {'b': 2, 'c': []}
d.setdefault("c", []).append(1); print(d)  # expect: {'b': 2, 'c': [1]}
d.update({"x": 1}, y=2); d.update([("z", 3)]); d.update(w=4); print(d)  # expect: {'b': 2, 'c': [1], 'x': 1, 'y': 2, 'z': 3, 'w': 4}
try: d.update([1, 2])
except TypeError as e: print(e)  # expect: cannot convert dictionary update sequence element #0 to a sequence
try: d.update([("a", 1, 2)])
except ValueError as e: print(e)  # expect: dictionary update sequence element #0 has length 3; 2 is required
try: d.update(1)
except TypeError as e: print(e)  # expect: 'int' object is not iterable
try: d.update({}, {})
except TypeError as e: print(e)  # expect: update expected at most 1 argument, got 2
print(d.popitem(), d)  # expect: ('w', 4) {'b': 2, 'c': [1], 'x': 1, 'y': 2, 'z': 3}
print(dict(a=1), dict([("a", 1)], b=2), dict({"a": 1}, a=2), dict(zip("ab", [1, 2])), dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))  # expect: {'a': 1} {'a': 1, 'b': 2} {'a': 2} {'a': 1, 'b': 2} {'a': None, 'b': None} {1: 0, 2: 0}
try: dict([1])
except TypeError as e: print(e)  # expect: cannot convert dictionary update sequence element #0 to a sequence
try: dict(["ab", "cde"])
except ValueError as e: print(e)  # expect: dictionary update sequence element #1 has length 3; 2 is required
print(d.get("nope"), d.get("nope", 5), "b" in d, "zz" not in d, len(d), list(d), list(d.values())[:2], list(d.items())[0])  # expect: None 5 True True 5 ['b', 'c', 'x', 'y', 'z'] [2, [1]] ('b', 2)
k = d.keys(); d["new"] = 1; print(k, len(k), "new" in k)  # expect: dict_keys(['b', 'c', 'x', 'y', 'z', 'new']) 6 True
print({1: "a", True: "b", 1.0: "c"}, {(1, 2): 3}, {None: 1}[None])  # expect: {1: 'c'} {(1, 2): 3} 1
try: {[]: 1}
except TypeError as e: print(e)  # expect: unhashable type: 'list'
try: d[[1]]
except TypeError as e: print(e)  # expect: unhashable type: 'list'
try: {}.get([])
except TypeError as e: print(e)  # expect: unhashable type: 'list'
d2 = {"a": 1}
for key in list(d2): d2[key + key] = 2
print(d2)  # expect: {'a': 1, 'aa': 2}
try:
    for key in d2: d2["q"] = 1
except RuntimeError as e: print(e)  # expect: dictionary changed size during iteration
try:
    for key in d2: del d2[key]
except RuntimeError as e: print(e)  # expect: dictionary changed size during iteration
print({"a": 1} == {"a": 1.0}, {"a": 1} | {"b": 2}, {1: 2}.items() == {(1, 2)}, d2.keys() & {"a"}, dict(sorted({"b": 1, "a": 2}.items())))  # expect: True {'a': 1, 'b': 2} True set() {'a': 2, 'b': 1}
m = {"a": 1}; m |= {"c": 3}; print(m)  # expect: {'a': 1, 'c': 3}
try: {"a": 1} | [("b", 2)]
except TypeError as e: print(e)  # expect: unsupported operand type(s) for |: 'dict' and 'list'
try: {} < {}
except TypeError as e: print(e)  # expect: '<' not supported between instances of 'dict' and 'dict'
print(sorted({"b": 1, "a": 2}, key=lambda k: {"b": 1, "a": 2}[k]), max({"x": 3, "y": 5}.items(), key=lambda kv: kv[1]))  # expect: ['b', 'a'] ('y', 5)
s = {3, 1, 2}
print(s - {1}, s | {9}, s & {1, 7}, s ^ {1, 8}, s <= {1, 2, 3, 4}, s < s, {1, 2}.isdisjoint([3]), s.issubset(range(5)), s.issuperset([1]))  # expect: {2, 3} {1, 2, 3, 9} {1} {8, 2, 3} True False True True True
s.add(4); s.discard(99); s.remove(4)
try: s.remove(99)
except KeyError as e: print(repr(e))  # expect: KeyError(99)
print(s, len(s), frozenset([1, 2]) == {1, 2}, {frozenset([1])}, set("aab") == {"a", "b"}, sorted(set("hello")))  # expect: {1, 2, 3} 3 True {frozenset({1})} True ['e', 'h', 'l', 'o']
try: s | [1]
except TypeError as e: print(e)  # expect: unsupported operand type(s) for |: 'set' and 'list'
try: {[]}
except TypeError as e: print(e)  # expect: unhashable type: 'list'
print(set(), {}, type({}).__name__, set([]), frozenset(), repr(frozenset({1})))  # expect: set() {} dict set() frozenset() frozenset({1})
