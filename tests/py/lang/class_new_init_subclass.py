# __new__ (singleton, returning another object), object.__new__ and its errors, __init_subclass__
class Singleton:
    _inst = None
    def __new__(cls, *args, **kwargs):
        if cls._inst is None:
            print("creating")
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        print("init", v)
        self.v = v
a = Singleton(1)
# expect: creating
# expect: init 1
b = Singleton(2)  # expect: init 2
print(a is b, a.v)  # expect: True 2
class Point:
    def __new__(cls, x, y):
        obj = object.__new__(cls)
        obj.x, obj.y = x, y
        return obj
    def __repr__(self): return f"P({self.x}, {self.y})"
print(Point(1, 2))  # expect: P(1, 2)
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(NotMine())  # expect: 42
class Base:
    def __init_subclass__(cls, **kw):
        print("subclass", cls.__name__)
class Child(Base): pass  # expect: subclass Child
print(type(Child).__name__)  # expect: type
registry = []
class Plugin:
    def __init_subclass__(cls):
        registry.append(cls.__name__)
        super().__init_subclass__()
class A(Plugin): pass
class B(A): pass
print(registry)  # expect: ['A', 'B']
class E(Exception):
    def __new__(cls, *args):
        print("E.__new__", args)
        return super().__new__(cls, *args)
e = E("m", 1)  # expect: E.__new__ ('m', 1)
print(repr(e), e.args)  # expect: E('m', 1) ('m', 1)
class Bad:
    def __new__(cls, x):
        return super().__new__(cls, x)
try: Bad(1)
except TypeError as err: print(err)  # expect: object.__new__() takes exactly one argument (the type to instantiate)
class Plain: pass
try: object.__new__(Plain, 1)
except TypeError as err: print(err)  # expect: Plain() takes no arguments
try: object.__new__(int)
except TypeError as err: print(err)  # expect: object.__new__(int) is not safe, use int.__new__()
try: object.__new__(5)
except TypeError as err: print(err)  # expect: object.__new__(X): X is not a type object (int)
print(type(object.__new__(Plain)).__name__)  # expect: Plain
class WithInit:
    def __new__(cls, *a):
        return super().__new__(cls)
    def __init__(self, a, b=2):
        self.s = a + b
print(WithInit(1).s, WithInit(1, 5).s)  # expect: 3 6
try: WithInit()
except TypeError as err: print(err)  # expect: WithInit.__init__() missing 1 required positional argument: 'a'
