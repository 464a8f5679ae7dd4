# __slots__: no __dict__, only the named attributes, read-only class attributes, subclasses with and without slots
class P:
    __slots__ = ("x", "y")
    kind = "point"
    def __init__(self, x):
        self.x = x
    def m(self): pass
p = P(1)
print(p.x, P.__slots__, p.kind)  # expect: 1 ('x', 'y') point
try: p.z = 1
except AttributeError as e: print(e)  # expect: 'P' object has no attribute 'z'
try: p.kind = 2
except AttributeError as e: print(e)  # expect: 'P' object attribute 'kind' is read-only
try: p.m = 3
except AttributeError as e: print(e)  # expect: 'P' object attribute 'm' is read-only
try: print(p.y)
except AttributeError as e: print(e)  # expect: 'P' object has no attribute 'y'
try: print(p.__dict__)
except AttributeError as e: print(e)  # expect: 'P' object has no attribute '__dict__'
try: print(vars(p))
except TypeError as e: print(e)  # expect: vars() argument must have __dict__ attribute
try: del p.y
except AttributeError as e: print(e)  # expect: y
del p.x
try: print(p.x)
except AttributeError as e: print(e)  # expect: 'P' object has no attribute 'x'
class Q(P):
    pass
q = Q(2)
q.anything = 3
print(q.anything, "anything" in q.__dict__)  # expect: 3 True
class S(P):
    __slots__ = ["z"]
s = S(5)
s.z = 6
print(s.x, s.z)  # expect: 5 6
try: s.w = 1
except AttributeError as e: print(e)  # expect: 'S' object has no attribute 'w'
class One:
    __slots__ = "only"
o = One()
o.only = 1
print(o.only)  # expect: 1
try:
    class Bad:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print(e)  # expect: 'a' in __slots__ conflicts with class variable
