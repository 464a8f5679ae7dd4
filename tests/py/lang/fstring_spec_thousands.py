# Thousands separators.
x = 1234567
print(f"{x:,}")  # expect: 1,234,567
print(f"{x:_}")  # expect: 1_234_567
print(f"{-x:,}")  # expect: -1,234,567
print(f"{1234567.891:,.2f}")  # expect: 1,234,567.89
print(f"{999:,}")  # expect: 999
print(f"{x:>12,}|")  # expect:    1,234,567|
print(f"{1000.5:,}")  # expect: 1,000.5
