# round half-even, divmod, pow with modulus, int() bases, hex/oct/bin, nan and inf
print(round(2.5), round(3.5), round(-0.5), round(0.5), round(1.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(1234.5678, -2), round(15, -1), round(25, -1))
print(type(round(2.5)), type(round(2.5, 0)), round(2.5, 0))
print(0.1 + 0.2, 0.1 * 3, 1.1 * 1.1, 1e16, 1e15, 123456789.123456789, 1e-5, 0.0001, -0.0)
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2))
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(2, -1), 2 ** -2, (-8) ** (1/3) if False else 0)
print(int("ff", 16), int("0x1f", 16), int("0b101", 0), int("  42  "), int("-17"), int("1_000"), int("z", 36))
print(int(3.9), int(-3.9), int(True), float("1e3"), float("  -2.5 "), float("inf"), float("-nan"))
print(hex(255), oct(8), bin(5), hex(-1), bin(-5), (255).bit_length(), (-1).bit_length(), (0).bit_length())
print(True + True, True * 3, False - 1, sum([True, True, False]), True / 2)
print(7 // 2, -7 // 2, 7 % -3, -7 % 3, 7.0 // 2, -7.0 % 3)
print(float("inf") - float("inf"), float("inf") * 0, 1 / float("inf"))
nan = float("nan")
print(nan == nan, nan != nan, nan is nan, [nan] == [nan], nan in [nan])
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, 1 is 1.0 if False else None, "a" < "b" < "c")
print(abs(-5), abs(-5.5), abs(True), max(1, 2.0), min("b", "a"), max([], default="empty"))
print(10 / 4, 10 / 5, 2 ** 0.5, 10 ** -1, 1e308 * 10, -1e308 * 10)
print(int("0o17", 0), int("17", 8), int("Z", 36), int("-0x10", 16))
print(3 * 1.1, 0.1 + 0.7, 4.35 * 100, 1.15 * 100, 2.0 ** 100)
print(float(2**53), float(2**53 + 2), 9007199254740993.0)
print(1e23, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308)
print(round(-2.5), round(-1.5), round(0.1 + 0.2, 15), round(1.23456789e-5, 8))
print(int(1e18), int(-1e18), int(9.99e17))
print(7 .bit_length(), (5).__add__(3), 3.0.is_integer(), (2.5).as_integer_ratio(), (10).to_bytes(2, "big"))
# expect: 2 4 0 0 2
# expect: 2.67 1.0 0.12 1200.0 20 20
# expect: <class 'int'> <class 'float'> 2.0
# expect: 0.30000000000000004 0.30000000000000004 1.2100000000000002 1e+16 1000000000000000.0 123456789.12345679 1e-05 0.0001 -0.0
# expect: (3, 1) (-4, 1) (-4, -1) (3.0, 1.5) (-4.0, 0.5)
# expect: 1024 24 5 0.5 0.25 0
# expect: 255 31 5 42 -17 1000 35
# expect: 3 -3 1 1000.0 -2.5 inf nan
# expect: 0xff 0o10 0b101 -0x1 -0b101 8 1 0
# expect: 2 3 -1 2 0.5
# expect: 3 -4 -2 2 3.0 2.0
# expect: nan nan 0.0
# expect: False True True True True
# expect: True False True None True
# expect: 5 5.5 1 2.0 a empty
# expect: 2.5 2.0 1.4142135623730951 0.1 inf -inf
# expect: 15 15 35 -16
# expect: 3.3000000000000003 0.7999999999999999 434.99999999999994 114.99999999999999 1.2676506002282294e+30
# expect: 9007199254740992.0 9007199254740994.0 9007199254740992.0
# expect: 1e+23 5e-324 2.2250738585072014e-308 1.7976931348623157e+308
# expect: -2 -2 0.3 1.235e-05
# expect: 1000000000000000000 -1000000000000000000 999000000000000000
# expect: 3 8 True (5, 2) b'\x00\n'
