# Assignment copies the reference, not the list.
a = [1, 2]
b = a
b.append(3)
print(a)  # expect: [1, 2, 3]
c = a[:]
d = list(a)
e = a.copy()
c.append(4)
d.append(5)
e.append(6)
print(a, c, d, e)  # expect: [1, 2, 3] [1, 2, 3, 4] [1, 2, 3, 5] [1, 2, 3, 6]
print(a is b, a is c, a == c[:3])  # expect: True False True
