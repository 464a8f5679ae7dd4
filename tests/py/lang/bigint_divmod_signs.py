# Floor division and modulo of big ints take the divisor's sign, as for small ones.
a, b = 10 ** 30 + 7, 10 ** 12 + 39
for x, y in ((a, b), (-a, b), (a, -b), (-a, -b), (a, 7), (-a, 7), (a, -(2 ** 64)), (2 ** 64, 2 ** 64)):
    q, r = divmod(x, y)
    print(q, r, q * y + r == x, x // y == q, x % y == r)
# expect: 999999999961000000 1521000007 True True True
# expect: -999999999961000001 998479000032 True True True
# expect: -999999999961000001 -998479000032 True True True
# expect: 999999999961000000 -1521000007 True True True
# expect: 142857142857142857142857142858 1 True True True
# expect: -142857142857142857142857142859 6 True True True
# expect: -54210108625 -13369799803404287993 True True True
# expect: 1 0 True True True
print(divmod(-(2 ** 63), -1), -(2 ** 63) // -1)
# expect: (9223372036854775808, 0) 9223372036854775808
print(divmod(2 ** 200, 2 ** 100 + 1))
# expect: (1267650600228229401496703205375, 1)
print((2 ** 200) % (2 ** 100 - 1), -(2 ** 200) % (2 ** 100 - 1))
# expect: 1 1267650600228229401496703205374
print(pow(7, 10 ** 20, -(10 ** 9 + 7)), pow(-3, 2 ** 70 + 1, 10 ** 12))
# expect: -854931002 969753026557
try:
    print(10 ** 30 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
# expect: ZeroDivisionError: integer division or modulo by zero
try:
    print(10 ** 30 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
# expect: ZeroDivisionError: integer modulo by zero
try:
    print(divmod(10 ** 30, 0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
# expect: ZeroDivisionError: integer division or modulo by zero
try:
    print(pow(2 ** 70, -1, 2 ** 71))
except ValueError as e:
    print("ValueError:", e)
# expect: ValueError: base is not invertible for the given modulus
