# range objects: bounds, steps, length, membership, repr.
print(list(range(5)))  # expect: [0, 1, 2, 3, 4]
print(list(range(2, 10, 3)))  # expect: [2, 5, 8]
print(list(range(10, 0, -3)))  # expect: [10, 7, 4, 1]
print(list(range(0)))  # expect: []
print(len(range(0, 10, 3)))  # expect: 4
print(range(5)[2], range(5)[-1])  # expect: 2 4
print(3 in range(5), 5 in range(5))  # expect: True False
print(range(3))  # expect: range(0, 3)
print(range(1, 9, 2))  # expect: range(1, 9, 2)
print(list(reversed(range(3))))  # expect: [2, 1, 0]
print(sum(range(101)))  # expect: 5050
