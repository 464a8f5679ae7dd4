# floats print their shortest round-trip repr; arithmetic shows binary rounding.
print(0.1 + 0.2, 0.1 * 3, 1.1 * 1.1, 1 / 3, 2 / 3, 10 / 4, 1e16, 1e15, 1.5e-7, 123456789.123456789)  # expect: 0.30000000000000004 0.30000000000000004 1.2100000000000002 0.3333333333333333 0.6666666666666666 2.5 1e+16 1000000000000000.0 1.5e-07 123456789.12345679
print(1e22, 1e-5, 0.0001, 100.0, 3.0, -0.0, 2.5e300 * 1e10, -1e308 * 10, float("nan"))  # expect: 1e+22 1e-05 0.0001 100.0 3.0 -0.0 inf -inf nan
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 1.0 == 1, 0.5.is_integer(), 2.0.is_integer())  # expect: False True True False True
print(str(1.0), repr(1.0), f"{1.0}", str(1e100), 7.0 / 2, 7 // 2.0, int(7.0 / 2))  # expect: 1.0 1.0 1.0 1e+100 3.5 3.0 3
print(sum([0.1] * 10), round(sum([0.1] * 10), 10), 3 * 0.1 == 0.3)  # expect: 0.9999999999999999 1.0 False
print(float("1e-400"), float("1e400"), 1e308 * 10 - 1e308 * 10 if False else "inf math")  # expect: 0.0 inf inf math
print(max(float("inf"), 1e308), -float("inf") < -1e308, float("nan") != float("nan"))  # expect: inf True True
