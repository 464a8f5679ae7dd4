# An iterator class, container/operator dunders, classmethod/staticmethod/property by call
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(3)))
for n in Countdown(2):
    print(n, end=" ")
print()
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("stop", repr(e))
class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __add__(self, o):
        return Vec(*[a + b for a, b in zip(self.xs, o.xs)])
    def __mul__(self, k):
        return Vec(*[a * k for a in self.xs])
    __rmul__ = __mul__
    def __repr__(self):
        return f"Vec({', '.join(map(str, self.xs))})"
    def __bool__(self):
        return any(self.xs)
    def __contains__(self, v):
        return v in self.xs
    def __call__(self, i):
        return self.xs[i] * 100
    def __neg__(self):
        return Vec(*[-a for a in self.xs])
    def __abs__(self):
        return sum(a * a for a in self.xs) ** 0.5
v = Vec(1, 2)
print(v + Vec(3, 4), v * 2, 3 * v, len(v), v[0], v[-1], list(v), bool(Vec(0)), 2 in v, v(1), -v, abs(Vec(3, 4)))
for x in v:
    print(x)
print(sorted(Vec(3, 1, 2)), max(Vec(5, 9)), sum(Vec(1, 2, 3)))
a, b = v
print(a, b)
try:
    v - v
except TypeError as e:
    print(e)
try:
    v < v
except TypeError as e:
    print(e)
class Temp:
    count = 0
    def __init__(self, c):
        Temp.count += 1
        self.c = c
    def to_f(self):
        return self.c * 9 / 5 + 32
    def describe(cls):
        return f"{cls.__name__} x{cls.count}"
    describe = classmethod(describe)
    def util(x):
        return x + 1
    util = staticmethod(util)
Temp(1); t = Temp(100)
print(t.to_f(), Temp.count, t.count, Temp.describe(), t.util(1), Temp.util(2))
t.count = 99
print(Temp.count, t.count)
class P:
    def __init__(self, r):
        self._r = r
    def area(self):
        return 3.14159 * self._r ** 2
    area = property(area)
print(round(P(2).area, 3))
try:
    P(1).area = 5
except AttributeError as e:
    print(e)
# expect: [3, 2, 1]
# expect: 2 1 
# expect: 1 2 done
# expect: stop StopIteration()
# expect: Vec(4, 6) Vec(2, 4) Vec(3, 6) 2 1 2 [1, 2] False True 200 Vec(-1, -2) 5.0
# expect: 1
# expect: 2
# expect: [1, 2, 3] 9 6
# expect: 1 2
# expect: unsupported operand type(s) for -: 'Vec' and 'Vec'
# expect: '<' not supported between instances of 'Vec' and 'Vec'
# expect: 212.0 2 2 Temp x2 2 3
# expect: 2 99
# expect: 12.566
# expect: property 'area' of 'P' object has no setter
