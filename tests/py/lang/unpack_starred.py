# Starred targets collect the rest into a list.
first, *rest = [1, 2, 3]
print(first, rest)  # expect: 1 [2, 3]
*init, last = "abc"
print(init, last)  # expect: ['a', 'b'] c
a, *mid, z = range(5)
print(a, mid, z)  # expect: 0 [1, 2, 3] 4
a, *mid, z = (1, 2)
print(mid)  # expect: []
head, *tail = (9,)
print(head, tail)  # expect: 9 []
print(*[1, 2], *"ab")  # expect: 1 2 a b
print([*range(3), *(7, 8)])  # expect: [0, 1, 2, 7, 8]
print({**{"a": 1}, "b": 2})  # expect: {'a': 1, 'b': 2}
