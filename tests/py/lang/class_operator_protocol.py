# Arithmetic dunders: __iadd__ for +=, __radd__ when the left operand gives up, and a
# subclass's reflected method first when it overrides it.
class Vec:
    def __init__(self, x):
        self.x = x
    def __add__(self, other):
        print("Vec.__add__")
        if isinstance(other, Vec):
            return Vec(self.x + other.x)
        return NotImplemented
    def __radd__(self, other):
        print("Vec.__radd__")
        return Vec(self.x + other)
    def __repr__(self):
        return f"Vec({self.x})"

class Scaled(Vec):
    def __radd__(self, other):
        print("Scaled.__radd__")
        return Scaled(self.x * 10 + other.x)

print(Vec(1) + Vec(2))
# expect: Vec.__add__
# expect: Vec(3)
print(3 + Vec(1))
# expect: Vec.__radd__
# expect: Vec(4)
print(sum([Vec(1), Vec(2)]))
# expect: Vec.__radd__
# expect: Vec.__add__
# expect: Vec(3)
print(Vec(1) + Scaled(2))
# expect: Scaled.__radd__
# expect: Vec(21)

class Bag:
    def __init__(self):
        self.items = []
    def __iadd__(self, item):
        self.items.append(item)
        return self

b = before = Bag()
b += "apple"
b += "pear"
print(b is before, b.items)  # expect: True ['apple', 'pear']

class Plain:
    def __init__(self, n):
        self.n = n
    def __add__(self, k):
        return Plain(self.n + k)

p = q = Plain(1)
p += 1
print(p is q, p.n, q.n)  # expect: False 2 1
Vec(1) + "x"  # expect: Vec.__add__
# expect runtime error: TypeError: unsupported operand type(s) for +: 'Vec' and 'str'
