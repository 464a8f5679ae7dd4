# round() uses banker's rounding on the binary value; abs and divmod on mixed types.
print([round(x) for x in [0.5, 1.5, 2.5, -0.5, -1.5, 3.49, 3.5]])  # expect: [0, 2, 2, 0, -2, 3, 4]
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(3.14159, 3))  # expect: 2.67 1.0 0.12 0.38 3.142
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7, 2), round(5.5, None))  # expect: 1200.0 1200 1400 -1200 7 6
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(3, 1)).__name__)  # expect: int float int
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-9223372036854775807))  # expect: 3 3.5 0.0 1 9223372036854775807
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(True, 2))  # expect: (3, 2) (-4, 3) (3.0, 2.5) (0, 1)
try:
    round("1.5")
except TypeError as e:
    print(e)  # expect: type str doesn't define __round__ method
try:
    abs("x")
except TypeError as e:
    print(e)  # expect: bad operand type for abs(): 'str'
