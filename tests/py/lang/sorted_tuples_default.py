# Tuples sort lexicographically, which gives multi-key sorts for free.
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(pairs))  # expect: [(1, 'a'), (1, 'z'), (2, 'a'), (2, 'b')]
print(sorted(pairs, key=lambda p: (-p[0], p[1])))  # expect: [(2, 'a'), (2, 'b'), (1, 'a'), (1, 'z')]
print(min(pairs), max(pairs))  # expect: (1, 'a') (2, 'b')
