# A comparison that fails part way leaves the list partly sorted, as CPython's timsort does
data = [5, 3, 9, 1, "x", 7, 2, 8, 4, 6, 0]
try:
    data.sort()
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: '<' not supported between instances of 'str' and 'int'
print(data)  # expect: [1, 3, 5, 9, 'x', 7, 2, 8, 4, 6, 0]

data = [3, 1, 2, None, 0]
try:
    data.sort(reverse=True)
except TypeError as e:
    print(e)  # expect: '<' not supported between instances of 'NoneType' and 'int'
print(data)  # expect: [3, 1, 2, None, 0]

# which pair fails first decides the message
for items in ([1, "a", None], [None, 1, "a"], ["a", None, 1], [2.5, (1,), [1]]):
    try:
        sorted(items)
    except TypeError as e:
        print(items, "->", e)
        # expect: [1, 'a', None] -> '<' not supported between instances of 'str' and 'int'
        # expect: [None, 1, 'a'] -> '<' not supported between instances of 'int' and 'NoneType'
        # expect: ['a', None, 1] -> '<' not supported between instances of 'NoneType' and 'str'
        # expect: [2.5, (1,), [1]] -> '<' not supported between instances of 'tuple' and 'float'

# a key function is called once per item, left to right, even with reverse
seen = []
def key(v):
    seen.append(v)
    return -v
print(sorted([4, 1, 3, 2], key=key, reverse=True), seen)  # expect: [1, 2, 3, 4] [4, 1, 3, 2]

# a key function that raises leaves the list untouched
def bad(v):
    if v == 3:
        raise ValueError("no threes")
    return v
nums = [5, 3, 1]
try:
    nums.sort(key=bad)
except ValueError as e:
    print(e, nums)  # expect: no threes [5, 3, 1]

# the list looks empty while it is being sorted
box = [3, 1, 2]
def peek(v):
    print("during:", box, len(box))
    return v
box.sort(key=peek)
# expect: during: [] 0
# expect: during: [] 0
# expect: during: [] 0
print(box)  # expect: [1, 2, 3]

# changing it from a key function is reported after the sort
grow = [3, 1, 2]
def add(v):
    grow.append(v)
    return v
try:
    grow.sort(key=add)
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: list modified during sort
print(grow)  # expect: [1, 2, 3]
