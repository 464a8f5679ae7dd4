# __add__/__radd__ with NotImplemented, sum() of objects, __format__, a lone __lt__
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __eq__(self, other):
        return self.rows == other.rows
m = Matrix([[1]])
print(m == Matrix([[1]]), m != Matrix([[2]]))
try:
    print({m})
except TypeError as e:
    print(e)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
    def __radd__(self, other):
        return self.__add__(other)
    def __str__(self):
        return f"${self.cents / 100:.2f}"
    def __format__(self, spec):
        return format(str(self), spec)
print(sum([Money(150), Money(275)]), Money(5) + 10, 10 + Money(5))
print(f"[{Money(1999):>10}]")
try:
    Money(1) + "x"
except TypeError as e:
    print(e)
try:
    "x" + Money(1)
except TypeError as e:
    print(e)
class Ord:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"O{self.v}"
print(sorted([Ord(3), Ord(1)]), Ord(1) > Ord(0), max(Ord(1), Ord(7)))
try:
    Ord(1) <= Ord(2)
except TypeError as e:
    print(e)
# expect: True True
# expect: unhashable type: 'Matrix'
# expect: $4.25 $0.15 $0.15
# expect: [    $19.99]
# expect: unsupported operand type(s) for +: 'Money' and 'str'
# expect: can only concatenate str (not "Money") to str
# expect: [O1, O3] True O7
# expect: '<=' not supported between instances of 'Ord' and 'Ord'
