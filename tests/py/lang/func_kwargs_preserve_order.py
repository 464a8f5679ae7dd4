# **kwargs is a dict in call order; *args a tuple.
def describe(*args, **kwargs):
    parts = [repr(a) for a in args]
    parts += [f"{k}={v!r}" for k, v in kwargs.items()]
    return ", ".join(parts)

print(describe(1, "two", z=3, a=4, m=[5]))  # expect: 1, 'two', z=3, a=4, m=[5]
print(describe(*range(3), **{"y": 1}, x=2))  # expect: 0, 1, 2, y=1, x=2
def merge(**opts):
    return opts
print(merge(), merge(a=1), type(merge()).__name__)  # expect: {} {'a': 1} dict
def first_rest(first, *rest):
    return first, rest
print(first_rest(1), first_rest(1, 2, 3), first_rest(*"abc"))  # expect: (1, ()) (1, (2, 3)) ('a', ('b', 'c'))
