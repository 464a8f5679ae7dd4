# min/max/sum/any/all: comparison direction, default, key, keyword and type errors
log = []
class V:
    def __init__(s, v): s.v = v
    def __lt__(s, o): log.append(("lt", s.v, o.v)); return s.v < o.v
    def __gt__(s, o): log.append(("gt", s.v, o.v)); return s.v > o.v
    def __repr__(s): return f"V({s.v})"
xs = [V(3), V(1), V(4), V(1)]
print(min(xs), log); log.clear()  # expect: V(1) [('lt', 1, 3), ('lt', 4, 1), ('lt', 1, 1)]
print(max(xs), log); log.clear()  # expect: V(4) [('gt', 1, 3), ('gt', 4, 3), ('gt', 1, 4)]
print(max(V(2), V(2)), log); log.clear()  # expect: V(2) [('gt', 2, 2)]
print(min(xs, key=lambda v: -v.v))  # expect: V(4)
print(max([], default="d"), min((), default=None))  # expect: d None
try: max()
except TypeError as e: print(e)  # expect: max expected at least 1 argument, got 0
try: min(1)
except TypeError as e: print(e)  # expect: 'int' object is not iterable
try: max([], default=1, key=None, foo=2)
except TypeError as e: print(e)  # expect: max() takes at most 2 keyword arguments (3 given)
try: max(1, 2, default=3)
except TypeError as e: print(e)  # expect: Cannot specify a default for max() with multiple positional arguments
print(max("abc"), min("xyz", "abc"), max([1, 2], [1, 2, 0]))  # expect: c abc [1, 2, 0]
print(max(1, 2.0), max(2.0, 2), min(True, 1), min(1, True))  # expect: 2.0 2.0 True 1
try: min([1, "a"])
except TypeError as e: print(e)  # expect: '<' not supported between instances of 'str' and 'int'
print(sum([0.1]*10), sum([[1], [2]], []), sum(range(5), 10), sum((), 0.0))  # expect: 0.9999999999999999 [1, 2] 20 0.0
try: sum(["a", "b"], "")
except TypeError as e: print(e)  # expect: sum() can't sum strings [use ''.join(seq) instead]
try: sum([1, "a"])
except TypeError as e: print(e)  # expect: unsupported operand type(s) for +: 'int' and 'str'
print(sum([1, 2], start=5))  # expect: 8
print(any([]), all([]), any(x > 2 for x in [1, 3]), all("abc"))  # expect: False True True True
