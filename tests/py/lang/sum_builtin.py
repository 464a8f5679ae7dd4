# sum with an optional start.
print(sum([1, 2, 3]))  # expect: 6
print(sum([], 10))  # expect: 10
print(sum([0.5, 0.25]))  # expect: 0.75
print(sum(range(4), start=100))  # expect: 106
print(sum([[1], [2]], []))  # expect: [1, 2]
print(sum([1, 2.0]))  # expect: 3.0
print(sum([]))  # expect: 0
