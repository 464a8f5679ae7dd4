# __setattr__/__getattr__ hooks, __init_subclass__, __slots__, __new__
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    def __setattr__(self, name, value):
        if name == "celsius" and value < -273.15:
            raise ValueError("below absolute zero")
        super().__setattr__(name, value)
    def __getattr__(self, name):
        if name == "fahrenheit":
            return self.celsius * 9 / 5 + 32
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
t = Temperature(25)
print(t.fahrenheit, t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
try:
    t.kelvin
except AttributeError as e:
    print(e)
class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.registered = True
class Sub(Base):
    pass
print(Sub.registered)
class WithSlots:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
w = WithSlots()
try:
    w.c = 3
except AttributeError as e:
    print(e)
try:
    print(w.b)
except AttributeError as e:
    print(e)
class Meta:
    count = 0
    def __new__(cls, *args):
        Meta.count += 1
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v
m = Meta(5)
print(Meta.count, m.v)
# expect: 77.0 25
# expect: below absolute zero
# expect: 'Temperature' has no 'kelvin'
# expect: True
# expect: 'WithSlots' object has no attribute 'c'
# expect: 'WithSlots' object has no attribute 'b'
# expect: 1 5
