# __getattr__ for missing attributes, __setattr__/__delattr__ hooks, object.__setattr__ and super().__setattr__
class A:
    def __getattr__(self, n):
        return n * 2
a = A()
a.x = 1
print(a.x, a.ab, getattr(a, "q"), hasattr(a, "zz"))  # expect: 1 abab qq True
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print("forward", name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)  # expect: forward append
p.sort()  # expect: forward sort
print(p._target, p.__class__.__name__)  # expect: [0, 1, 2, 3] Proxy
try:
    p.nothing  # expect: forward nothing
except AttributeError as e:
    print(e, e.name, e.obj)  # expect: 'list' object has no attribute 'nothing' nothing [0, 1, 2, 3]
class Strict:
    def __getattr__(self, name):
        if name.startswith("x"):
            return 42
        raise AttributeError(f"no {name}")
s = Strict()
print(s.xy, getattr(s, "q", "default"), hasattr(s, "q"))  # expect: 42 default False
class Sub(Strict):
    pass
print(Sub().xz)  # expect: 42
Sub().missing
class Frozen:
    def __init__(self, x):
        super().__setattr__("x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}")
f = Frozen(1)
print(f.x)
try:
    f.x = 2
except AttributeError as e:
    print(e)
try:
    del f.x
except AttributeError as e:
    print(e)
class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)
l = Logged()
l.a = 1
l.b = [2]
print(l.a, l.b, vars(l))
print(object.__getattribute__(l, "a") if False else 0)
class Point:
    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)
    def __setattr__(self, k, v):
        raise TypeError("immutable")
p = Point(1, 2)
print(p.x, p.y)
try:
    p.x = 5
except TypeError as e:
    print(e)
class Counter:
    def __init__(self):
        self.count = 0
        self.log = []
    def __setattr__(self, k, v):
        if k != "log" and hasattr(self, "log"):
            self.log.append(k)
        super().__setattr__(k, v)
c = Counter()
c.count += 1
c.count += 1
c.name = "x"
print(c.log, c.count)
class D:
    def __delattr__(self, k):
        print("deleting", k)
        super().__delattr__(k)
d = D()
d.a = 1
del d.a
try:
    del d.a
except AttributeError as e:
    print(e)
try:
    object.__setattr__(d, 1, 2)
except TypeError as e:
    print(e)
# expect runtime error: AttributeError: no missing
