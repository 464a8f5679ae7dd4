# builtin special methods as slot wrappers: NotImplemented for operands the type does not take, concat/repeat errors, unbound calls
print((1).__eq__(1.0), (1.0).__eq__(1), (2).__lt__(2.5), (2.5).__gt__(2), "a".__lt__("b"), "a".__lt__(1), [1].__eq__((1,)), (1,).__lt__((2,)))  # expect: NotImplemented True NotImplemented True True NotImplemented NotImplemented True
print((7).__truediv__(2), (7).__rtruediv__(2), (7).__divmod__(2), (7).__rdivmod__(20), (2).__rpow__(3), (1.5).__rmul__(2), (3).__mod__(2.0), (3.0).__mod__(2))  # expect: 3.5 0.2857142857142857 (3, 1) (2, 6) 9 3.0 NotImplemented 1.0
print("ab".__mul__(2), "ab".__rmul__(3), [1].__mul__(2), (1,).__add__((2,)), "%s-%s".__mod__((1, 2)), "x%s".__rmod__("y") if False else "x%s".__mod__("y"), {1}.__or__({2}), {1}.__and__([1]), {"a": 1}.__or__({"b": 2}))  # expect: abab ababab [1, 1] (1, 2) 1-2 xy {1, 2} NotImplemented {'a': 1, 'b': 2}
for f in (lambda: "a".__add__(1), lambda: [1].__add__((2,)), lambda: "a".__mul__("b"), lambda: (1).__add__(), lambda: (1).__add__(1, 2), lambda: [].__len__(1), lambda: b"x".__add__("y")):
    try: print(f())
    except TypeError as e: print(e)
    # expect: can only concatenate str (not "int") to str
    # expect: can only concatenate list (not "tuple") to list
    # expect: 'str' object cannot be interpreted as an integer
    # expect: expected 1 argument, got 0
    # expect: expected 1 argument, got 2
    # expect: expected 0 arguments, got 1
    # expect: can't concat str to bytes
l = [1]
print(l.__iadd__((2, 3)), l, l.__imul__(2), l.__setitem__(0, 9), l, l.__delitem__(0), l, l.__contains__(9), l.__getitem__(-1), len(l))  # expect: [2, 3, 1, 2, 3] [2, 3, 1, 2, 3] [2, 3, 1, 2, 3] None [2, 3, 1, 2, 3] None [2, 3, 1, 2, 3] False 3 5
d = {}
d.__setitem__("k", 1)
print(d, d.__len__(), d.__contains__("k"), d.__getitem__("k"), d.__eq__({"k": 1}), d.__lt__({}), d.__ne__({}))  # expect: {'k': 1} 1 True 1 True NotImplemented True
it = [5, 6].__iter__()
print(it.__next__(), next(it), type(it).__name__)  # expect: 5 6 list_iterator
try: it.__next__()
except StopIteration: print("stop")  # expect: stop
print((3.7).__floor__(), (3.2).__ceil__(), (-3.7).__trunc__(), (3.5).__round__(), (3.14159).__round__(2), (7).__round__(-1), (5).__bool__(), (0).__bool__(), (-0.0).__bool__())  # expect: 3 4 -3 4 3.14 10 True False False
print(int.__add__(2, 3), float.__mul__(1.5, 2), str.__add__("a", "b"), list.__len__([1, 2]), dict.__getitem__({"x": 1}, "x"), tuple.__contains__((1,), 1), str.upper("x"))  # expect: 5 3.0 ab 2 1 True X
print(object.__eq__(1, 1), object.__ne__(1, 2), None.__eq__(None), None.__eq__(0))  # expect: True True True NotImplemented
class C:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, C) and self.v == o.v
    __hash__ = object.__hash__
    def __lt__(self, o): return self.v < o.v
    def __str__(self): return "C" + super().__str__()[:3]
c1, c2 = C(1), C(1)
print(c1 == c2, c1.__eq__(c2), c1.__ne__(c2), c1 != c2, c1.__lt__(C(2)), c1.__gt__(C(0)), hash(c1) == object.__hash__(c1), str(c1), c1.__format__(""), format(c1))  # expect: True True False False True NotImplemented True C<__ C<__ C<__
try: c1.__format__("x")
except TypeError as e: print(e)  # expect: unsupported format string passed to C.__format__
try: format(c1, ">5")
except TypeError as e: print(e)  # expect: unsupported format string passed to C.__format__
class MyErr(ValueError):
    def __str__(self): return "MyErr<" + super().__str__() + ">"
    def __repr__(self): return "!" + super().__repr__()
e = MyErr("bad", 2)
print(str(e), repr(e), e.__str__(), Exception.__str__(e), BaseException.__repr__(e), ValueError.__str__(ValueError("v")))  # expect: MyErr<('bad', 2)> !MyErr('bad', 2) MyErr<('bad', 2)> ('bad', 2) MyErr('bad', 2) v
print([].__class__.__name__, (1).__class__, type(None).__name__)  # expect: list <class 'int'> NoneType
