# hashing a very deeply nested tuple (no C recursion) and tuple keys
t = ()
for i in range(100000): t = (t,)
print(hash(t) == hash(t))  # expect: True
d = {t: 1}
print(d[t])  # expect: 1
print(t == t)  # expect: True
print(hash((1, (2, 3), ("a", (4.5, None)))) == hash((1, (2, 3), ("a", (4.5, None)))), {(1, 2): "x", (1, (2,)): "y"}[(1, (2,))])  # expect: True y
print(set([(i, (i, (i,))) for i in range(5)]) == {(i, (i, (i,))) for i in range(5)})  # expect: True
