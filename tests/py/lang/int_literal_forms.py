# Hex, octal, binary and underscore literals print in decimal.
print(0x1F)  # expect: 31
print(0o17)  # expect: 15
print(0b101)  # expect: 5
print(1_000_000)  # expect: 1000000
print(1_0.5)  # expect: 10.5
print(1e3)  # expect: 1000.0
print(.5)  # expect: 0.5
print(9223372036854775807)  # expect: 9223372036854775807
print(-9223372036854775807 - 1)  # expect: -9223372036854775808
