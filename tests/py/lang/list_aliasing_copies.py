# Assignment shares a list; slicing, list() and copy() make shallow copies.
a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
e = a.copy()
a.append(4)
a[1].append("shared")
print(a, b, c, d, e, sep="\n")
# expect: [1, [2, 3, 'shared'], 4]
# expect: [1, [2, 3, 'shared'], 4]
# expect: [1, [2, 3, 'shared']]
# expect: [1, [2, 3, 'shared']]
# expect: [1, [2, 3, 'shared']]
print(a is b, a is c, c == d, a[1] is c[1])  # expect: True False True True
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)  # expect: [[1, 0, 0], [1, 0, 0]]
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)  # expect: [[1, 0, 0], [0, 0, 0]]
x = y = []
x += [1]
print(y)  # expect: [1]
x = x + [2]
print(x, y)  # expect: [1, 2] [1]
