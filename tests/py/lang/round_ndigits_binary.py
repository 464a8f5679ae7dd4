# round(x, n) works on the exact binary value: 2.675 is really 2.67499999...
print(round(2.675, 2))  # expect: 2.67
print(round(0.125, 2))  # expect: 0.12
print(round(0.375, 2))  # expect: 0.38
print(round(1.005, 2))  # expect: 1.0
print(round(3.14159, 3))  # expect: 3.142
print(round(2.5, 0))  # expect: 2.0
print(round(0.1 + 0.2, 2))  # expect: 0.3
print(round(-1.25, 1))  # expect: -1.2
print(type(round(2.675, 2)).__name__)  # expect: float
