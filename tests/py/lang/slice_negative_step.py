# Negative steps walk backwards; defaults change meaning.
a = list(range(10))
print(a[::-1])  # expect: [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
print(a[5:1:-2])  # expect: [5, 3]
print(a[-1:-4:-1])  # expect: [9, 8, 7]
print(a[::-3])  # expect: [9, 6, 3, 0]
print(a[2:5:-1])  # expect: []
print(a[:-3:-1])  # expect: [9, 8]
print((1, 2, 3)[::-1])  # expect: (3, 2, 1)
