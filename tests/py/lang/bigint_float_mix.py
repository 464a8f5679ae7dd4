# Big ints meet floats: conversion rounds correctly, comparisons are exact, division overflows.
n = 2 ** 53 + 1
print(float(n), n == float(n), n > float(n))
# expect: 9007199254740992.0 False True
print(float(2 ** 64 - 1), float(-(2 ** 100)))
# expect: 1.8446744073709552e+19 -1.2676506002282294e+30
print(float(2 ** 1023 * 3 // 2), float(2 ** 1024 - 2 ** 971), float(2 ** 1024 - 2 ** 970 - 1))
# expect: 1.348269851146737e+308 1.7976931348623157e+308 1.7976931348623157e+308
print(int(1e30), int(-2.5e20), int(2.0 ** 80))
# expect: 1000000000000000019884624838656 -250000000000000000000 1208925819614629174706176
print(2 ** 63 - 1 < 2.0 ** 63, 2 ** 63 == 2.0 ** 63, 2 ** 64 + 1 > 2.0 ** 64)
# expect: True True True
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"))
# expect: True True True
print(10 ** 400 == float("nan"), 10 ** 400 != float("nan"))
# expect: False True
print(2 ** 100 + 0.5, 2 ** 100 * 1.5, 2 ** 100 - 1e30)
# expect: 1.2676506002282294e+30 1.901475900342344e+30 2.6765060022822938e+29
print((2 ** 100) / 3, (10 ** 30 + 1) / 10 ** 15, 1 / 2 ** 80)
# expect: 4.2255020007607644e+29 1000000000000000.0 8.271806125530277e-25
print(2 ** 60 / 3, (2 ** 62 + 1) / 2, 9007199254740993 / 1)
# expect: 3.843071682022823e+17 2.305843009213694e+18 9007199254740992.0
print(divmod(2 ** 100, 1.5))
# expect: (8.451004001521529e+29, 1.0)
print(round(1.5e20), round(2.5e25), round(-7.5e30))
# expect: 150000000000000000000 25000000000000001191182336 -7499999999999999726922221223936
print(max(2 ** 70, 1e21, 10), min(-(2 ** 70), -1e21))
# expect: 1180591620717411303424 -1180591620717411303424
print(float(2 ** 64).is_integer(), (2.0 ** 70).as_integer_ratio(), (1.5).as_integer_ratio())
# expect: True (1180591620717411303424, 1) (3, 2)
print((2.0 ** -80).as_integer_ratio())
# expect: (1, 1208925819614629174706176)
print(2 ** 2000 / 3 ** 1000, 3 ** 1000 / 2 ** 2000, -(10 ** 400) // 10 ** 380 / 7)
# expect: 8.68433580377441e+124 1.151498540124827e-125 -1.4285714285714287e+19
try:
    float(2 ** 1024 - 2 ** 970)  # halfway to 2**1024: rounds up, out of range
except OverflowError as e:
    print("OverflowError:", e)
# expect: OverflowError: int too large to convert to float
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
# expect: OverflowError: int too large to convert to float
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print("OverflowError:", e)
# expect: OverflowError: integer division result too large for a float
try:
    print(10 ** 400 * 1.0)
except OverflowError as e:
    print("OverflowError:", e)
# expect: OverflowError: int too large to convert to float
print(3 ** 1000 / 3 ** 999, 2 ** 2000 // 3 ** 1000 // 10 ** 100)
# expect: 3.0 8684335803774411082352305
