# Pitfall: list.sort() returns None.
xs = [2, 1]
result = xs.sort()
print(result)  # expect: None
print(xs)  # expect: [1, 2]
ys = [3, 1, 2].sort()
print(ys)  # expect: None
