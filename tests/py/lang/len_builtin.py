# len() of every sized container.
print(len("abc"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(4)))  # expect: 3 2 1 1 3 4
print(len(""), len([]), len({}))  # expect: 0 0 0
print(len("héllo wörld"))  # expect: 11
