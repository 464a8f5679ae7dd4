# arithmetic corner cases: floor division/modulo signs, zero division messages, pow, int()/float() parsing errors, bool arithmetic, mixed-type comparisons
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3, 7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7 % 2.5, -0.0 % 5, 5 % -0.5)
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, -2), divmod(0, 5), divmod(True, 2))
print(2 ** 10, 2 ** -1, (-2) ** 2, -2 ** 2, 2 ** 0.5, (-8) ** (1 / 3) if False else 0, 0 ** 0, 0.0 ** 0, 10 ** -2, pow(2, 10, 1000), pow(3, 0), 1.5 ** 2)
for a, b in ((1, 0), (1.0, 0), (1, 0.0), (0, 0)):
    for op in ("/", "//", "%", "divmod"):
        try:
            r = a / b if op == "/" else a // b if op == "//" else a % b if op == "%" else divmod(a, b)
            print(r)
        except ZeroDivisionError as e:
            print(op, e)
try: 0 ** -1
except ZeroDivisionError as e: print(e)
try: 0.0 ** -1
except ZeroDivisionError as e: print(e)
try: pow(2, 3, 0)
except ValueError as e: print(e)
try: pow(2.0, 3, 5)
except TypeError as e: print(e)
print(abs(-3), abs(-3.5), abs(True), abs(-0.0), round(3.14159, 3), round(-2.5), round(7, -1), round(15, -1), round(25, -1), round(1e300, -300) if False else 0)
print(int("  42 "), int("-0"), int("1_000"), int("ff", 16), int("0x1F", 16), int("0b101", 0), int("0o17", 0), int("z", 36), int(3.99), int(-3.99), int(True), int("+5"))
for s in ("", "1.5", "abc", "1__0", "_1", "0x", "12a", " ", "١٢"):
    try: print(repr(int(s)))
    except ValueError as e: print(e)
for s in ("1.5", " -2.5e3 ", "inf", "-Infinity", "nan", "1_0.5", ".5", "5.", "1e", "abc", "", "0x1"):
    try: print(repr(float(s)))
    except ValueError as e: print(e)
try: int("12", 1)
except ValueError as e: print(e)
try: int(12, 10)
except TypeError as e: print(e)
try: int(None)
except TypeError as e: print(e)
try: float([])
except TypeError as e: print(e)
try: int(float("inf"))
except OverflowError as e: print(e)
try: int(float("nan"))
except ValueError as e: print(e)
print(True + True, True * 3, -True, ~True, True / 2, True // 1, False ** 0, True & 3, True | 2, 5 - True, sum([True, True, False]), True == 1, True is 1 if False else 0, hash(True) == hash(1))
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0 == True, 3 > 2 > 1 > 0, (1 < 2) < 3, 1 != 2 != 1, "a" < "b" < "c")
for a, b in ((1, "a"), ("a", 1), ([1], (1,)), (None, 1), ({1}, 1), (1.5, "x"), ({}, {})):
    try: print(a < b)
    except TypeError as e: print(e)
    try: print(a >= b)
    except TypeError as e: print(e)
print(1 == "1", None == 0, [] == (), 0.1 + 0.2 == 0.3, float("nan") == float("nan"), 1e308 * 10, -1e308 * 10, 2 ** 62 * 2 if False else 0)
print(0.1 + 0.2, 1 / 3, 2 / 3, 10 / 4, 1e-7, 123456789.123456789, 1.0, 100.0, 1e16, 12345678901234567.0, 0.1 * 3, 3.0 * 1.1, -0.0, 1 - 1e-16, 9007199254740993.0)
print(7 & 3, 7 | 8, 7 ^ 2, ~7, 1 << 10, 1024 >> 3, -16 >> 2, -1 >> 10)
try: 1 << -1
except ValueError as e: print(e)
try: 1.5 & 1
except TypeError as e: print(e)
print(int.__name__, float("1e3"), 1_000_000, 0x_ff, 0o7_7, 0b1_0, 1e1_0)
# expect: 3 -4 -4 3 1 2 -2 -1 3.0 -4.0 1.5 0.5 2.0 0.0 -0.0
# expect: (3, 1) (-4, 1) (3.0, 1.5) (3.0, -1.5) (0, 0) (0, 1)
# expect: 1024 0.5 4 -4 1.4142135623730951 0 1 1.0 0.01 24 1 2.25
# expect: / division by zero
# expect: // integer division or modulo by zero
# expect: % integer modulo by zero
# expect: divmod integer division or modulo by zero
# expect: / float division by zero
# expect: // float floor division by zero
# expect: % float modulo
# expect: divmod float divmod()
# expect: / float division by zero
# expect: // float floor division by zero
# expect: % float modulo
# expect: divmod float divmod()
# expect: / division by zero
# expect: // integer division or modulo by zero
# expect: % integer modulo by zero
# expect: divmod integer division or modulo by zero
# expect: 0.0 cannot be raised to a negative power
# expect: 0.0 cannot be raised to a negative power
# expect: pow() 3rd argument cannot be 0
# expect: pow() 3rd argument not allowed unless all arguments are integers
# expect: 3 3.5 1 0.0 3.142 -2 10 20 20 0
# expect: 42 0 1000 255 31 5 15 35 3 -3 1 5
# expect: invalid literal for int() with base 10: ''
# expect: invalid literal for int() with base 10: '1.5'
# expect: invalid literal for int() with base 10: 'abc'
# expect: invalid literal for int() with base 10: '1__0'
# expect: invalid literal for int() with base 10: '_1'
# expect: invalid literal for int() with base 10: '0x'
# expect: invalid literal for int() with base 10: '12a'
# expect: invalid literal for int() with base 10: ' '
# expect: 12
# expect: 1.5
# expect: -2500.0
# expect: inf
# expect: -inf
# expect: nan
# expect: 10.5
# expect: 0.5
# expect: 5.0
# expect: could not convert string to float: '1e'
# expect: could not convert string to float: 'abc'
# expect: could not convert string to float: ''
# expect: could not convert string to float: '0x1'
# expect: int() base must be >= 2 and <= 36, or 0
# expect: int() can't convert non-string with explicit base
# expect: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'
# expect: float() argument must be a string or a real number, not 'list'
# expect: cannot convert float infinity to integer
# expect: cannot convert float NaN to integer
# expect: 2 3 -1 -2 0.5 1 1 1 3 4 2 True 0 True
# expect: True False True True True True True
# expect: '<' not supported between instances of 'int' and 'str'
# expect: '>=' not supported between instances of 'int' and 'str'
# expect: '<' not supported between instances of 'str' and 'int'
# expect: '>=' not supported between instances of 'str' and 'int'
# expect: '<' not supported between instances of 'list' and 'tuple'
# expect: '>=' not supported between instances of 'list' and 'tuple'
# expect: '<' not supported between instances of 'NoneType' and 'int'
# expect: '>=' not supported between instances of 'NoneType' and 'int'
# expect: '<' not supported between instances of 'set' and 'int'
# expect: '>=' not supported between instances of 'set' and 'int'
# expect: '<' not supported between instances of 'float' and 'str'
# expect: '>=' not supported between instances of 'float' and 'str'
# expect: '<' not supported between instances of 'dict' and 'dict'
# expect: '>=' not supported between instances of 'dict' and 'dict'
# expect: False False False False False inf -inf 0
# expect: 0.30000000000000004 0.3333333333333333 0.6666666666666666 2.5 1e-07 123456789.12345679 1.0 100.0 1e+16 1.2345678901234568e+16 0.30000000000000004 3.3000000000000003 -0.0 0.9999999999999999 9007199254740992.0
# expect: 3 15 5 -8 1024 128 -4 -1
# expect: negative shift count
# expect: unsupported operand type(s) for &: 'float' and 'int'
# expect: int 1000.0 1000000 255 63 2 10000000000.0
