# Views follow the dict as it changes; a dict keeps insertion order.
d = {"b": 2, "a": 1}
keys, values, items = d.keys(), d.values(), d.items()
d["c"] = 3
print(keys, values, items)  # expect: dict_keys(['b', 'a', 'c']) dict_values([2, 1, 3]) dict_items([('b', 2), ('a', 1), ('c', 3)])
print(list(keys), len(values), ("a", 1) in items, "c" in keys, 3 in values)  # expect: ['b', 'a', 'c'] 3 True True True
del d["b"]
d["b"] = 20
print(list(d), d)  # expect: ['a', 'c', 'b'] {'a': 1, 'c': 3, 'b': 20}
for k in sorted(d):
    print(k, d[k])
    # expect: a 1
    # expect: b 20
    # expect: c 3
for k, v in sorted(d.items(), key=lambda kv: kv[1], reverse=True):
    print(k, v)
    # expect: b 20
    # expect: c 3
    # expect: a 1
inverted = {v: k for k, v in d.items()}
print(inverted, {k: len(k) for k in ["x", "yy"]}, dict(zip("abc", range(3))))  # expect: {1: 'a', 3: 'c', 20: 'b'} {'x': 1, 'yy': 2} {'a': 0, 'b': 1, 'c': 2}
print(d == {"a": 1, "c": 3, "b": 20}, list(reversed(d)), min(d, key=d.get), max(d.values()))  # expect: True ['b', 'c', 'a'] a 20
try:
    for k in d:
        d[k + "!"] = 0
except RuntimeError as e:
    print(e)  # expect: dictionary changed size during iteration
