# special methods called by name: super().__str__/__repr__/__eq__/__hash__, object.__repr__, (5).__add__(3), "ab".__len__()
class A:
    def __str__(self):
        return "A:" + super().__str__()[:10]
    def __repr__(self):
        return "R" + object.__repr__(self)[:3]
class B(Exception):
    def __str__(self):
        return "B[" + super().__str__() + "]"
    def __repr__(self):
        return "B!" + super().__repr__()
print(str(A()), repr(A()), str(B("m")), repr(B("m")))  # expect: A:R<__ R<__ B[m] B!B('m')
class E:
    def __eq__(self, o):
        return super().__eq__(o)
e = E()
print(e == e, e == 1, E.__eq__(e, e), e.__eq__(1))  # expect: True False True NotImplemented
class H:
    def __hash__(self):
        return super().__hash__() % 1 + 7
print(hash(H()))  # expect: 7
print((5).__add__(3), "ab".__len__(), [1, 2].__len__(), "a".__add__("b"), (3).__mul__(2), {1: 2}.__getitem__(1), [1].__contains__(1), (1).__eq__(1.0), "x".__eq__(1))  # expect: 8 2 2 ab 6 2 True NotImplemented NotImplemented
print(int.__add__(1, 2), str.__len__("abc"), list.__getitem__([5], 0), (2).__pow__(3), (7).__floordiv__(2), (1.5).__add__(1), (5).__radd__(1), (1).__lt__(2), "b".__gt__("a"))  # expect: 3 3 5 8 3 2.5 6 True True
print((5).__str__(), (5).__repr__(), "s".__repr__(), [1].__repr__(), (1.5).__str__(), None.__repr__(), True.__str__(), (5).__hash__() == hash(5), (5).__bool__(), (0.0).__bool__())  # expect: 5 5 's' [1] 1.5 None True True True False
print((5).__add__("x"), (5).__eq__("x"), object().__eq__(1))  # expect: NotImplemented NotImplemented NotImplemented
print([3, 1].__iter__().__next__(), (5).__neg__(), (5).__abs__(), (-5).__abs__(), (5).__index__(), (5.7).__int__(), (5).__float__(), (2.5).__round__(), (5).__format__("03"))  # expect: 3 -5 5 5 5 5 5.0 2 005
