# / always gives a float, even when the division is exact.
print(7 / 2)  # expect: 3.5
print(4 / 2)  # expect: 2.0
print(type(4 / 2).__name__)  # expect: float
print(-1 / 4)  # expect: -0.25
print(10 / 3)  # expect: 3.3333333333333335
print(1 / 7)  # expect: 0.14285714285714285
print(0 / 5)  # expect: 0.0
