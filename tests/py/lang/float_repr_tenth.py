# Floats print as the shortest string that round-trips.
print(0.1)  # expect: 0.1
print(0.1 + 0.2)  # expect: 0.30000000000000004
print(1 / 3)  # expect: 0.3333333333333333
print(2 / 3)  # expect: 0.6666666666666666
print(0.1 * 3)  # expect: 0.30000000000000004
print(1.1 + 2.2)  # expect: 3.3000000000000003
print(0.1 + 0.2 == 0.3)  # expect: False
print(repr(0.5))  # expect: 0.5
print(str(2.0))  # expect: 2.0
print(100.0)  # expect: 100.0
