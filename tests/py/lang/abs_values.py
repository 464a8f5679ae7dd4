# abs() of ints and floats.
print(abs(-3))  # expect: 3
print(abs(3))  # expect: 3
print(abs(-2.5))  # expect: 2.5
print(abs(-0.0))  # expect: 0.0
print(abs(float("-inf")))  # expect: inf
print(abs(False))  # expect: 0
