# operator overloading on a class: arithmetic, reflected, comparisons, hash, format, iadd, call, container
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __str__(self):
        return f"${self.cents / 100:.2f}"
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k):
        return Money(self.cents * k)
    def __rmul__(self, k):
        return self * k
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
    def __le__(self, other):
        return self.cents <= other.cents
    def __hash__(self):
        return hash(self.cents)
    def __neg__(self):
        return Money(-self.cents)
    def __abs__(self):
        return Money(abs(self.cents))
    def __bool__(self):
        return self.cents != 0
    def __format__(self, spec):
        return format(self.cents / 100, spec)
a, b = Money(150), Money(275)
print(a + b, a + 5, 5 + a, sum([a, b]), a * 2, 3 * a, -a, abs(-a), bool(Money(0)))  # expect: $4.25 $1.55 $1.55 $4.25 $3.00 $4.50 $-1.50 $1.50 False
print(repr(a), str(a), f"{a}", f"{a!r}", f"{a:>8.1f}", format(b, ".3f"), "{:.0f}".format(a), [a, b], (a,))  # expect: Money(150) $1.50 1.5 Money(150)      1.5 2.750 2 [Money(150), Money(275)] (Money(150),)
print(a == Money(150), a != b, a < b, a > b, a <= b, a >= b, sorted([b, a]), max(a, b), min([b, a]))  # expect: True True True False True False [Money(150), Money(275)] $2.75 $1.50
print({a: 1}[Money(150)], len({a, Money(150), b}), a in [Money(150)])  # expect: 1 2 True
try: a + "x"
except TypeError as e: print(e)  # expect: unsupported operand type(s) for +: 'Money' and 'str'
try: "x" + a
except TypeError as e: print(e)  # expect: can only concatenate str (not "Money") to str
try: a - b
except TypeError as e: print(e)  # expect: unsupported operand type(s) for -: 'Money' and 'Money'
try: a / 2
except TypeError as e: print(e)  # expect: unsupported operand type(s) for /: 'Money' and 'int'
try: a < 5
except (TypeError, AttributeError) as e: print(type(e).__name__, e)  # expect: AttributeError 'int' object has no attribute 'cents'
class NoEq:
    pass
x = NoEq()
print(x == x, x != NoEq(), x is x, hash(x) == hash(x))  # expect: True True True True
class OnlyEq:
    def __eq__(self, o): return True
try: hash(OnlyEq())
except TypeError as e: print(e)  # expect: unhashable type: 'OnlyEq'
try: {OnlyEq()}
except TypeError as e: print(e)  # expect: unhashable type: 'OnlyEq'
class V:
    def __init__(self, *c): self.c = c
    def __iadd__(self, o):
        self.c = tuple(x + y for x, y in zip(self.c, o.c))
        return self
    def __repr__(self): return f"V{self.c}"
    def __getitem__(self, i): return self.c[i]
    def __len__(self): return len(self.c)
    def __call__(self, k): return self.c[0] * k
    def __contains__(self, x): return x in self.c
v = V(1, 2)
w = v
v += V(10, 20)
print(v, w is v, v[0], v[-1], v[0:1], len(v), v(3), 2 in v, list(v), list(reversed(v)) if hasattr(v, "__reversed__") else list(v)[::-1])  # expect: V(11, 22) True 11 22 (11,) 2 33 False [11, 22] [22, 11]
