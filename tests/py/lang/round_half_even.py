# round() with no digits rounds halves to even and returns an int.
print(round(0.5))  # expect: 0
print(round(1.5))  # expect: 2
print(round(2.5))  # expect: 2
print(round(3.5))  # expect: 4
print(round(-0.5))  # expect: 0
print(round(-1.5))  # expect: -2
print(round(2.6))  # expect: 3
print(round(-2.6))  # expect: -3
print(type(round(2.5)).__name__)  # expect: int
print(round(7))  # expect: 7
