# repr of nested containers.
print([1, "a", 2.5, None, True, [3], (4,), {"k": 1}])  # expect: [1, 'a', 2.5, None, True, [3], (4,), {'k': 1}]
print((1,))  # expect: (1,)
print(())  # expect: ()
print({})  # expect: {}
print(set())  # expect: set()
print({1: {2: [3, (4, 5)]}})  # expect: {1: {2: [3, (4, 5)]}}
print(str([1, "x"]))  # expect: [1, 'x']
print(repr(["it's"]))  # expect: ["it's"]
