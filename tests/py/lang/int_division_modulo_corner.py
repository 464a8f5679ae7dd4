# // and % floor toward negative infinity, for ints and floats; divmod agrees.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
    # expect: 7 2 3 1 (3, 1) 3.5
    # expect: -7 2 -4 1 (-4, 1) -3.5
    # expect: 7 -2 -4 -1 (-4, -1) -3.5
    # expect: -7 -2 3 -1 (3, -1) 3.5
    # expect: 0 3 0 0 (0, 0) 0.0
    # expect: 6 3 2 0 (2, 0) 2.0
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 5 % -2.5, -0.0 // 1, divmod(-7.5, 2))  # expect: 3.0 -4.0 1.5 0.5 -0.0 -0.0 (-4.0, 0.5)
print(2 ** 10, 2 ** -2, (-2) ** 3, -2 ** 2, 0 ** 0, 2.0 ** 0.5, 9 ** 0.5, pow(10, -2))  # expect: 1024 0.25 -8 -4 1 1.4142135623730951 3.0 0.01
print(10 ** 18, -(10 ** 18), 1 << 62, -1 >> 10, 7 >> 1, ~0)  # expect: 1000000000000000000 -1000000000000000000 4611686018427387904 -1 3 -1
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    for op in ("/", "//", "%"):
        try:
            eval_result = a / b if op == "/" else a // b if op == "//" else a % b
        except ZeroDivisionError as e:
            print(a, op, b, "->", e)
            # expect: 1 / 0 -> division by zero
            # expect: 1 // 0 -> integer division or modulo by zero
            # expect: 1 % 0 -> integer modulo by zero
            # expect: 1.0 / 0 -> float division by zero
            # expect: 1.0 // 0 -> float floor division by zero
            # expect: 1.0 % 0 -> float modulo
            # expect: 1 / 0.0 -> float division by zero
            # expect: 1 // 0.0 -> float floor division by zero
            # expect: 1 % 0.0 -> float modulo
            # expect: 0 / 0 -> division by zero
            # expect: 0 // 0 -> integer division or modulo by zero
            # expect: 0 % 0 -> integer modulo by zero
try:
    0 ** -1
except ZeroDivisionError as e:
    print(e)  # expect: 0.0 cannot be raised to a negative power
divmod(5, 0)
# expect runtime error: ZeroDivisionError: integer division or modulo by zero
