# Augmented assignment to subscripts and attributes.
counts = {"a": 1}
counts["a"] += 1
counts["b"] = counts.get("b", 0) + 5
print(counts)  # expect: {'a': 2, 'b': 5}
grid = [[1, 2], [3, 4]]
grid[1][0] *= 10
print(grid)  # expect: [[1, 2], [30, 4]]
class Box:
    pass
b = Box()
b.items = [1]
b.items += [2]
b.total = 0
for n in b.items:
    b.total += n
print(b.items, b.total)  # expect: [1, 2] 3
nums = [5]
nums[-1] -= 6
print(nums)  # expect: [-1]
