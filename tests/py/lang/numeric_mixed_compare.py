# ints and floats compare by value.
print(1 == 1.0)  # expect: True
print(1 < 1.5)  # expect: True
print(2 ** 53 == 2.0 ** 53)  # expect: True
print(3 >= 3.0)  # expect: True
print(1 + 1.0)  # expect: 2.0
print(type(1 + 1.0).__name__)  # expect: float
print(0.5 + 0.5 == 1)  # expect: True
print(1 != 1.0)  # expect: False
