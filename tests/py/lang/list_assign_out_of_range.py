# Assigning past the end does not grow a list.
xs = [0, 0]
xs[1] = 5
print(xs)  # expect: [0, 5]
xs[2] = 7
# expect runtime error: IndexError: list assignment index out of range
