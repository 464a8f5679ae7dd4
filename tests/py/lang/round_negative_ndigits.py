# Negative ndigits rounds to tens, hundreds, ... (still half-even).
print(round(1234, -2))  # expect: 1200
print(round(1250, -2))  # expect: 1200
print(round(1350, -2))  # expect: 1400
print(round(15, -1))  # expect: 20
print(round(25, -1))  # expect: 20
print(round(1234.5678, -1))  # expect: 1230.0
print(round(1234.5678, 1))  # expect: 1234.6
