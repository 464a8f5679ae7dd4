# repr switches to exponent notation at 1e16 and below 1e-4.
print(1e15)  # expect: 1000000000000000.0
print(1e16)  # expect: 1e+16
print(123456789012345678.0)  # expect: 1.2345678901234568e+17
print(1e22)  # expect: 1e+22
print(1.5e300)  # expect: 1.5e+300
print(0.0001)  # expect: 0.0001
print(1e-5)  # expect: 1e-05
print(0.00012345)  # expect: 0.00012345
print(1.5e-7)  # expect: 1.5e-07
print(2.5e-300)  # expect: 2.5e-300
print(5e-324)  # expect: 5e-324
print(1.7976931348623157e308)  # expect: 1.7976931348623157e+308
