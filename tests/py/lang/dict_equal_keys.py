# 1, 1.0 and True are the same dict key; the first key object is kept.
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)  # expect: {1: 'bool'}
print({True: "a", 1: "b"})  # expect: {True: 'b'}
print(len({0, 0.0, False}))  # expect: 1
