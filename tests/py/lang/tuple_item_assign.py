# Tuples are immutable.
point = (1, 2)
x, y = point
print(x + y)  # expect: 3
point[0] = 5
# expect runtime error: TypeError: 'tuple' object does not support item assignment
