# zip(strict=True) checks that all the iterables have the same length
print(list(zip([1, 2], "ab", strict=True)))  # expect: [(1, 'a'), (2, 'b')]
print(list(zip(strict=True)))  # expect: []
for args in (([1, 2, 3], "ab"), ([1], "ab"), ([1, 2], "ab", (9,)), ([1, 2], "ab", (7, 8, 9)), ([], [], [1])):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
        # expect: ValueError: zip() argument 2 is shorter than argument 1
        # expect: ValueError: zip() argument 2 is longer than argument 1
        # expect: ValueError: zip() argument 3 is shorter than arguments 1-2
        # expect: ValueError: zip() argument 3 is longer than arguments 1-2
        # expect: ValueError: zip() argument 3 is longer than arguments 1-2
# non-strict stops at the shortest
print(list(zip([1, 2, 3], "ab", strict=False)))  # expect: [(1, 'a'), (2, 'b')]
# the error comes when the iteration reaches the end
z = zip(range(3), range(2), strict=True)
print(next(z), next(z))  # expect: (0, 0) (1, 1)
try:
    next(z)
except ValueError as e:
    print(e)  # expect: zip() argument 2 is shorter than argument 1
for a, b in zip("xyz", [1, 2, 3, 4], strict=True):
    print(a, b)
    # expect: x 1
    # expect: y 2
    # expect: z 3
# expect runtime error: ValueError: zip() argument 2 is longer than argument 1
