# str.format: positional, numbered, named, indexed and attribute fields, with specs.
class P:
    def __init__(self):
        self.x, self.y = 3, 4
print("{} + {} = {}".format(1, 2, 3))  # expect: 1 + 2 = 3
print("{1} {0} {1}".format("a", "b"))  # expect: b a b
print("{name} is {age:>3}".format(name="Ann", age=7))  # expect: Ann is   7
print("{0[0]}-{0[1]} {d[k]}".format(["x", "y"], d={"k": "v"}))  # expect: x-y v
print("({p.x}, {p.y})".format(p=P()))  # expect: (3, 4)
print("{:<8}|{:^8}|{:>8}".format("left", "mid", "right"))  # expect: left    |  mid   |   right
print("{:08.3f} {:+d} {:x} {:o} {:b} {:e}".format(3.14159, 5, 255, 8, 5, 12345.678))  # expect: 0003.142 +5 ff 10 101 1.234568e+04
print("{:,} {:_} {:.1%}".format(1234567, 1234567, 0.256))  # expect: 1,234,567 1_234_567 25.6%
print("{{literal}} {}".format("x"), "{!r} {!s}".format("q", "q"))  # expect: {literal} x 'q' q
try:
    "{} {}".format(1)
except IndexError as e:
    print(e)  # expect: Replacement index 1 out of range for positional args tuple
try:
    "{a}".format(b=1)
except KeyError as e:
    print("KeyError", e)  # expect: KeyError 'a'
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print(e)  # expect: cannot switch from manual field specification to automatic field numbering
