# reversed works on sequences and returns an iterator.
print(list(reversed([1, 2, 3])))  # expect: [3, 2, 1]
print("".join(reversed("abc")))  # expect: cba
print(list(reversed(range(1, 4))))  # expect: [3, 2, 1]
print(tuple(reversed((1, 2))))  # expect: (2, 1)
print(list(reversed({"a": 1, "b": 2})))  # expect: ['b', 'a']
r = reversed([1, 2])
print(list(r), list(r))  # expect: [2, 1] []
