# Building containers from other iterables, and the empty forms.
print(list("abc"))  # expect: ['a', 'b', 'c']
print(list({"x": 1, "y": 2}))  # expect: ['x', 'y']
print(tuple(range(3)))  # expect: (0, 1, 2)
print(list((1, 2)))  # expect: [1, 2]
print(sorted(set([3, 3, 1])))  # expect: [1, 3]
print(list(), tuple(), dict(), str(), repr(str()))  # expect: [] () {}  ''
print(list(enumerate("ab")))  # expect: [(0, 'a'), (1, 'b')]
