# int() and float() from strings and numbers, and their errors.
print(int("42"), int("  -7 "), int("+3"), int("1_000"), int("0x1F", 16), int("ff", 16), int("0b101", 0), int("0o17", 0), int("z", 36))
print(int(3.99), int(-3.99), int(True), float("3.5"), float("-1e3"), float(" inf "), float("-Infinity"), float("nan"), float(7))
for bad in ["", "4.5", "abc", "1 2", "0x10", "١٢", "1__0"]:
    try:
        print(int(bad))
    except ValueError as e:
        print(e)
for bad in ["", "abc", "1.2.3", "1e"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
for bad in [None, [1], {}]:
    try:
        int(bad)
    except TypeError as e:
        print(e)
try:
    int("10", 1)
except ValueError as e:
    print(e)
try:
    int(10, 2)
except TypeError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
int(float("nan"))
# expect: 42 -7 3 1000 31 255 5 15 35
# expect: 3 -3 1 3.5 -1000.0 inf -inf nan 7.0
# expect: invalid literal for int() with base 10: ''
# expect: invalid literal for int() with base 10: '4.5'
# expect: invalid literal for int() with base 10: 'abc'
# expect: invalid literal for int() with base 10: '1 2'
# expect: invalid literal for int() with base 10: '0x10'
# expect: 12
# expect: invalid literal for int() with base 10: '1__0'
# expect: could not convert string to float: ''
# expect: could not convert string to float: 'abc'
# expect: could not convert string to float: '1.2.3'
# expect: could not convert string to float: '1e'
# expect: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'
# expect: int() argument must be a string, a bytes-like object or a real number, not 'list'
# expect: int() argument must be a string, a bytes-like object or a real number, not 'dict'
# expect: int() base must be >= 2 and <= 36, or 0
# expect: int() can't convert non-string with explicit base
# expect: cannot convert float infinity to integer
# expect runtime error: ValueError: cannot convert float NaN to integer
