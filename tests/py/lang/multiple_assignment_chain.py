# a = b = value binds both names to the same object.
a = b = []
a.append(1)
print(b)  # expect: [1]
x = y = 0
x += 1
print(x, y)  # expect: 1 0
i, j = j, i = 1, 2
print(i, j)  # expect: 2 1
