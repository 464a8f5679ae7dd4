# zip stops at the shortest input.
print(list(zip([1, 2, 3], "ab")))  # expect: [(1, 'a'), (2, 'b')]
print(list(zip(range(3), "xyz", [True, False, None])))  # expect: [(0, 'x', True), (1, 'y', False), (2, 'z', None)]
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)))  # expect: [(1, 4), (2, 5), (3, 6)]
print(dict(zip(["a", "b"], [1, 2])))  # expect: {'a': 1, 'b': 2}
print(list(zip()))  # expect: []
for name, age in zip(["ann", "bo"], [3, 5]):
    print(f"{name}:{age}")
# expect: ann:3
# expect: bo:5
