# ** with negative exponents gives floats; precedence binds tighter than unary minus.
print(2 ** -1)  # expect: 0.5
print(2 ** -2)  # expect: 0.25
print(10 ** -3)  # expect: 0.001
print(type(2 ** 3).__name__)  # expect: int
print((-2) ** 3)  # expect: -8
print(-2 ** 2)  # expect: -4
print(2 ** 3 ** 2)  # expect: 512
print(0 ** 0)  # expect: 1
print(2.0 ** 10)  # expect: 1024.0
print(4 ** 0.5)  # expect: 2.0
print(2 ** 62)  # expect: 4611686018427387904
