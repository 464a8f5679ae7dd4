# List comprehensions with conditions and nested loops.
print([x * x for x in range(5)])  # expect: [0, 1, 4, 9, 16]
print([x for x in range(10) if x % 3 == 0])  # expect: [0, 3, 6, 9]
print([(i, j) for i in range(3) for j in range(3) if i < j])  # expect: [(0, 1), (0, 2), (1, 2)]
matrix = [[1, 2], [3, 4]]
print([n for row in matrix for n in row])  # expect: [1, 2, 3, 4]
print([[row[i] for row in matrix] for i in range(2)])  # expect: [[1, 3], [2, 4]]
print([c.upper() for c in "ab" if c != "b"])  # expect: ['A']
print([x if x > 0 else 0 for x in [-1, 2]])  # expect: [0, 2]
