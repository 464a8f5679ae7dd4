# Lists compare element by element.
print([1, 2] == [1, 2])  # expect: True
print([1, 2] < [1, 3])  # expect: True
print([1, 2] < [1, 2, 0])  # expect: True
print([2] > [1, 99])  # expect: True
print([] == [])  # expect: True
print([1, [2]] == [1, [2]])  # expect: True
print((1, 2) == [1, 2])  # expect: False
