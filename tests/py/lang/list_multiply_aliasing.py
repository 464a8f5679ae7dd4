# Pitfall: [[0] * 2] * 2 repeats the same inner list.
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)  # expect: [[1, 0], [1, 0]]
fixed = [[0] * 2 for _ in range(2)]
fixed[0][0] = 1
print(fixed)  # expect: [[1, 0], [0, 0]]
