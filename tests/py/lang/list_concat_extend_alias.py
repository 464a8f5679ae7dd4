# += extends in place (visible through aliases); x = x + y makes a new list.
a = [1]
b = a
a += [2]
print(b)  # expect: [1, 2]
a = a + [3]
print(a, b)  # expect: [1, 2, 3] [1, 2]
print([0] * 3 + [1])  # expect: [0, 0, 0, 1]
c = []
c += "hi"
print(c)  # expect: ['h', 'i']
