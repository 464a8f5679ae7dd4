# More shortest-repr cases from everyday arithmetic.
print(0.1 + 0.7)  # expect: 0.7999999999999999
print(1.1 * 3)  # expect: 3.3000000000000003
print(3 * 0.1 == 0.3)  # expect: False
print(100 * 1.1)  # expect: 110.00000000000001
print(2 / 10)  # expect: 0.2
print(1 - 0.9)  # expect: 0.09999999999999998
print(9.95 * 10)  # expect: 99.5
print(float("0.1") * 3)  # expect: 0.30000000000000004
print(1e16 + 1)  # expect: 1e+16
print(2.5e-5 * 2)  # expect: 5e-05
