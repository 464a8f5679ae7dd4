# unpacking everywhere: starred, nested, in for targets, chained assignment order, and the errors
a, *b = [1, 2, 3]
*c, d = "xyz"
e, *f, g = range(5)
(h, i), j = (1, 2), 3
[k, [l, *m]] = [1, [2, 3, 4]]
print(a, b, c, d, e, f, g, h, i, j, k, l, m)  # expect: 1 [2, 3] ['x', 'y'] z 0 [1, 2, 3] 4 1 2 3 1 2 [3, 4]
for x, (y, *z) in [(1, (2, 3, 4)), (5, (6,))]:
    print(x, y, z)
    # expect: 1 2 [3, 4]
    # expect: 5 6 []
p = q = [0]
p.append(1); print(q)  # expect: [0, 1]
r, s = s, r = 1, 2
print(r, s)  # expect: 2 1
t = [0, 0]
idx = 0
idx, t[idx] = 1, 9
print(idx, t)  # expect: 1 [0, 9]
for case in ("a, b = [1]", "a, b = [1, 2, 3]", "a, *b, c = [1]", "a, b = 5", "a, = []", "(a, b), c = [1, 2], 3", "*a, = 1"):
    try:
        if case == "a, b = [1]": a, b = [1]
        elif case == "a, b = [1, 2, 3]": a, b = [1, 2, 3]
        elif case == "a, *b, c = [1]": a, *b, c = [1]
        elif case == "a, b = 5": a, b = 5
        elif case == "a, = []": a, = []
        elif case == "(a, b), c = [1, 2], 3": (a, b), c = [1, 2, 3], 3
        else: *a, = 1
    except (ValueError, TypeError) as ex:
        print(case, "->", type(ex).__name__, ex)
        # expect: a, b = [1] -> ValueError not enough values to unpack (expected 2, got 1)
        # expect: a, b = [1, 2, 3] -> ValueError too many values to unpack (expected 2)
        # expect: a, *b, c = [1] -> ValueError not enough values to unpack (expected at least 2, got 1)
        # expect: a, b = 5 -> TypeError cannot unpack non-iterable int object
        # expect: a, = [] -> ValueError not enough values to unpack (expected 1, got 0)
        # expect: (a, b), c = [1, 2], 3 -> ValueError too many values to unpack (expected 2)
        # expect: *a, = 1 -> TypeError cannot unpack non-iterable int object
print([*range(3), *"ab"], (*[1], 2), {*[1, 1], 2}, {**{"a": 1}, "b": 2, **{"a": 3}}, print(*[1, 2], sep="-"))
# expect: 1-2
# expect: [0, 1, 2, 'a', 'b'] (1, 2) {1, 2} {'a': 3, 'b': 2} None
def f(*a, **k): return a, k
print(f(*(1, 2), 3, *[4], x=1, **{"y": 2}), f(**{}))  # expect: ((1, 2, 3, 4), {'x': 1, 'y': 2}) ((), {})
try: f(**{"x": 1}, x=2)
except TypeError as ex: print(ex)  # expect: __main__.f() got multiple values for keyword argument 'x'
try: f(*1)
except TypeError as ex: print(ex)  # expect: __main__.f() argument after * must be an iterable, not int
try: f(**[1])
except TypeError as ex: print(ex)  # expect: __main__.f() argument after ** must be a mapping, not list
try: [*1]
except TypeError as ex: print(ex)  # expect: Value after * must be an iterable, not int
try: {**[1]}
except TypeError as ex: print(ex)  # expect: 'list' object is not a mapping
first, *_ = "hello"
print(first, _)  # expect: h ['e', 'l', 'l', 'o']
d = {}
d["a"], d["b"] = 1, 2
o = type("O", (), {})() if False else None
print(d)  # expect: {'a': 1, 'b': 2}
x, y = y, x = 1, 2
print(x, y)  # expect: 2 1
a = b = c = []
a.append(1); print(b, c)  # expect: [1] [1]
n = [1, 2, 3]
n[0], n[2] = n[2], n[0]
print(n)  # expect: [3, 2, 1]
i = 0
lst = [10, 20]
i, lst[i] = 1, 5
print(lst)  # expect: [10, 5]
