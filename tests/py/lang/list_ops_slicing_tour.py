# Slicing with negative steps, star unpacking, list methods and their error messages
nums = [5, 3, 8, 1, 9, 2]
print(nums[::-1], nums[::-2], nums[-2::-1], nums[4:1:-1], nums[1:5:2], nums[-1:-4:-1], nums[:-10:-3])
a, *b, c = nums
print(a, b, c)
first, *_ = "hello"
print(first, _)
(x, y), z = (1, 2), 3
print(x, y, z)
print(*nums, sep=", ")
print(*"abc", *[1, 2])
print([*nums, *range(2)], {*"aa", *"b"} == {"a", "b"}, {**{"a": 1}, "b": 2})
nums.sort(reverse=True)
print(nums, nums.pop(), nums.pop(0), nums)
nums.insert(1, 100)
nums.insert(-1, 50)
nums.insert(100, 7)
print(nums, nums.index(100), nums.count(7))
nums.remove(100)
nums.extend((1, 2))
nums += [3]
print(nums, nums * 2 if len(nums) < 4 else len(nums * 2))
nums[1:3] = ["a", "b", "c"]
print(nums)
del nums[::2]
print(nums)
nums.clear()
print(nums, nums.copy(), list(range(10, 0, -3)), list(range(-5)), range(0, 10, 2)[-1], range(5)[1:3])
m = [[0] * 3 for _ in range(2)]
m[0][0] = 1
bad = [[0] * 3] * 2
bad[0][0] = 1
print(m, bad)
print(sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(list(enumerate("ab", 1)), list(zip([1, 2, 3], "ab")), list(map(lambda x: x * 2, [1, 2])), list(filter(None, [0, 1, "", "a"])))
print(list(reversed([1, 2, 3])), sum([[1], [2]], []), sum([0.1] * 10), sum(range(101)), sum([1, 2], 10))
print(any([]), all([]), any(x > 2 for x in [1, 3]), all(x for x in [1, 0]))
print(min([3, 1, 2]), max("hello"), min([], default=None), max([1, 2], key=lambda v: -v), min(4, 2, 8))
print([i * j for i in range(3) for j in range(3) if i != j])
print([[i, j] for i, j in zip(range(2), range(5, 7))])
print({x % 3 for x in range(10)}, {x: x ** 2 for x in range(4)})
gen = (c.upper() for c in "abc")
print(list(gen), list(gen))
t = (1, 2, 3)
print(t + (4,), t * 2, t[1:], t.index(2), t.count(1), (1,), (), tuple([1]))
print([1, 2] < [1, 2, 3], (1, 2) < (1, 3), [1] == [1.0], [[]] * 2)
l = [1, 2, 3]
l2 = l
l2.append(4)
print(l, l is l2, l == l[:], l is l[:])
print(list(zip(*[(1, "a"), (2, "b")])))
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].remove(5)
except ValueError as e:
    print(e)
try:
    [1, 2].index(5)
except ValueError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
try:
    [1, 2][5] = 0
except IndexError as e:
    print(e)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print(e)
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
try:
    max([])
except ValueError as e:
    print(e)
print(list(range(3))[-4])
# expect: [2, 9, 1, 8, 3, 5] [2, 1, 3] [9, 1, 8, 3, 5] [9, 1, 8] [3, 1] [2, 9, 1] [2, 8]
# expect: 5 [3, 8, 1, 9] 2
# expect: h ['e', 'l', 'l', 'o']
# expect: 1 2 3
# expect: 5, 3, 8, 1, 9, 2
# expect: a b c 1 2
# expect: [5, 3, 8, 1, 9, 2, 0, 1] True {'a': 1, 'b': 2}
# expect: [8, 5, 3, 2] 1 9 [8, 5, 3, 2]
# expect: [8, 100, 5, 3, 50, 2, 7] 1 1
# expect: [8, 5, 3, 50, 2, 7, 1, 2, 3] 18
# expect: [8, 'a', 'b', 'c', 50, 2, 7, 1, 2, 3]
# expect: ['a', 'c', 2, 1, 3]
# expect: [] [] [10, 7, 4, 1] [] 8 range(1, 3)
# expect: [[1, 0, 0], [0, 0, 0]] [[1, 0, 0], [1, 0, 0]]
# expect: [3, 2, 1] ['a', 'bb', 'ccc'] [(0, 'z'), (1, 'a'), (1, 'b')]
# expect: [(1, 'a'), (2, 'b')] [(1, 'a'), (2, 'b')] [2, 4] [1, 'a']
# expect: [3, 2, 1] [1, 2] 0.9999999999999999 5050 13
# expect: False True True False
# expect: 1 o None 1 2
# expect: [0, 0, 0, 2, 0, 2]
# expect: [[0, 5], [1, 6]]
# expect: {0, 1, 2} {0: 0, 1: 1, 2: 4, 3: 9}
# expect: ['A', 'B', 'C'] []
# expect: (1, 2, 3, 4) (1, 2, 3, 1, 2, 3) (2, 3) 1 1 (1,) () (1,)
# expect: True True True [[], []]
# expect: [1, 2, 3, 4] True True False
# expect: [(1, 2), ('a', 'b')]
# expect: pop from empty list
# expect: list.remove(x): x not in list
# expect: 5 is not in list
# expect: too many values to unpack (expected 2)
# expect: not enough values to unpack (expected 3, got 1)
# expect: list assignment index out of range
# expect: 'tuple' object does not support item assignment
# expect: '<' not supported between instances of 'str' and 'int'
# expect: max() arg is an empty sequence
# expect runtime error: IndexError: list index out of range
