# The % spec multiplies by 100; rounding is half-even on the binary value.
p = 0.256
print(f"{p:.0%}")  # expect: 26%
print(f"{p:.1%}")  # expect: 25.6%
print(f"{0.125:.0%}")  # expect: 12%
print(f"{1:.0%}")  # expect: 100%
print(f"{0.5:%}")  # expect: 50.000000%
print(f"{2 / 3:.2%}")  # expect: 66.67%
