# inf, nan and negative zero.
inf = float("inf")
print(inf)  # expect: inf
print(-inf)  # expect: -inf
print(float("-inf"))  # expect: -inf
nan = float("nan")
print(nan)  # expect: nan
print(repr(nan))  # expect: nan
print(nan == nan)  # expect: False
print(inf > 1e308)  # expect: True
print(-0.0)  # expect: -0.0
print(0.0 == -0.0)  # expect: True
print(0.0 * -1)  # expect: -0.0
print(inf - inf)  # expect: nan
print(1e308 * 10)  # expect: inf
print([inf, nan, -0.0])  # expect: [inf, nan, -0.0]
