# Unpacking works on any iterable, nested to any depth, with one starred name.
(a, b), c = [1, 2], 3
print(a, b, c)  # expect: 1 2 3
first, *middle, last = range(6)
print(first, middle, last)  # expect: 0 [1, 2, 3, 4] 5
*init, tail = "xyz"
print(init, tail)  # expect: ['x', 'y'] z
head, *empty = [1]
print(head, empty)  # expect: 1 []
for i, (name, score) in enumerate([("ann", 90), ("bob", 85)], start=1):
    print(i, name, score)
    # expect: 1 ann 90
    # expect: 2 bob 85
pairs = {"x": 1, "y": 2}
for key, value in pairs.items():
    print(key, value)
    # expect: x 1
    # expect: y 2
x, y = y_, x_ = 5, 6
print(x, y, y_, x_)  # expect: 5 6 5 6
a, b, c = "abc"
a, b = b, a
print(a, b, c)  # expect: b a c
