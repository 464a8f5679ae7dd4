# class vs instance attributes, super() chains, unbound calls, bound method attributes, patching a class
class A:
    count = 0
    items = []
    def __init__(self, name):
        self.name = name
        A.count += 1
        self.items.append(name)
    def hello(self):
        return "A.hello " + self.name
    st = 1

class B(A):
    def hello(self):
        return "B>" + super().hello()
class C(B):
    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra
    def hello(self):
        return "C>" + super().hello()
c = C("c", 1)
b = B("b")
print(c.hello(), b.hello(), A.count, A.items, c.items is A.items, C.__mro__ if False else [k.__name__ for k in C.__mro__])  # expect: C>B>A.hello c B>A.hello b 2 ['c', 'b'] True ['C', 'B', 'A', 'object']
print(isinstance(c, A), isinstance(c, (int, B)), issubclass(C, A), issubclass(A, C), type(c).__name__, type(c) is C, C.__name__, C.__base__.__name__)  # expect: True True True False C True C B
c.count = 100
print(c.count, A.count, C.count, b.count)  # expect: 100 2 2 2
del c.count
print(c.count)  # expect: 2
try: del c.count
except AttributeError as e: print(e)  # expect: 'C' object has no attribute 'count'
try: c.missing
except AttributeError as e: print(e)  # expect: 'C' object has no attribute 'missing'
try: C.missing
except AttributeError as e: print(e)  # expect: type object 'C' has no attribute 'missing'
try: A.hello()
except TypeError as e: print(e)  # expect: A.hello() missing 1 required positional argument: 'self'
print(A.hello(c), C.hello(c))  # expect: A.hello c C>B>A.hello c
f = c.hello
print(f(), f.__self__ is c, f.__func__ is C.hello, f.__name__, A.hello.__qualname__)  # expect: C>B>A.hello c True True hello A.hello
print(getattr(c, "name"), getattr(c, "nope", "dflt"), hasattr(c, "extra"), hasattr(A, "st"))  # expect: c dflt True True
setattr(c, "z", 5)
print(c.z, vars(c) if True else 0)  # expect: 5 {'name': 'c', 'extra': 1, 'z': 5}
print(c.__dict__, "name" in c.__dict__)  # expect: {'name': 'c', 'extra': 1, 'z': 5} True
class D:
    x = 1
    def m(self): return self.x
d = D()
d.x = 2
print(d.m(), D.x, D().m())  # expect: 2 1 1
D.x = 3
print(D().m(), d.m())  # expect: 3 2
D.m = lambda self: "patched"
print(d.m())  # expect: patched
