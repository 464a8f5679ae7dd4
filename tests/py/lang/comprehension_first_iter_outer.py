# The first iterable of a comprehension is evaluated in the enclosing scope.
n = 3
xs = [[i for i in range(n)] for n in range(1, n + 1)]
print(xs)  # expect: [[0], [0, 1], [0, 1, 2]]
print(n)  # expect: 3
