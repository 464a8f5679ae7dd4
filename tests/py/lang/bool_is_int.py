# bool is a subclass of int: True == 1 and arithmetic works.
print(True + True)  # expect: 2
print(True * 3)  # expect: 3
print(sum([True, False, True]))  # expect: 2
print(isinstance(True, int))  # expect: True
print(True == 1)  # expect: True
print(False == 0)  # expect: True
print(-True)  # expect: -1
print(True / 2)  # expect: 0.5
print(type(True + 1).__name__)  # expect: int
