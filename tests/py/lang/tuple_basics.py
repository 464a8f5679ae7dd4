# Tuples: packing, indexing, methods, comparison.
t = 1, 2, 3
print(t)  # expect: (1, 2, 3)
print(t[0], t[-1], t[1:])  # expect: 1 3 (2, 3)
print(len(t), t.count(2), t.index(3))  # expect: 3 1 2
print((1) == 1, (1,) == 1)  # expect: True False
print(type((1,)).__name__)  # expect: tuple
print(t + (4,))  # expect: (1, 2, 3, 4)
print((0,) * 3)  # expect: (0, 0, 0)
print(tuple([1, 2]), tuple("ab"))  # expect: (1, 2) ('a', 'b')
print((1, 2) < (1, 3))  # expect: True
