# sorted() is stable; key functions, reverse, and the errors for mixed types.
people = [("bob", 25), ("ann", 30), ("cid", 25), ("dee", 30)]
print(sorted(people, key=lambda p: p[1]))  # expect: [('bob', 25), ('cid', 25), ('ann', 30), ('dee', 30)]
print(sorted(people, key=lambda p: p[1], reverse=True))  # expect: [('ann', 30), ('dee', 30), ('bob', 25), ('cid', 25)]
print(sorted(people, key=lambda p: (-p[1], p[0])))  # expect: [('ann', 30), ('dee', 30), ('bob', 25), ('cid', 25)]
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))  # expect: ['Apple', 'apple', 'banana', 'cherry'] ['Apple', 'apple', 'banana', 'cherry'] ['Apple', 'apple', 'banana', 'cherry']
nums = [3, -1, 2, -5]
nums.sort(key=abs)
print(nums, sorted(nums, reverse=True), sorted("cab"), sorted({3: 0, 1: 0}), sorted((2, 1)))  # expect: [-1, 2, 3, -5] [3, 2, -1, -5] ['a', 'b', 'c'] [1, 3] [1, 2]
print(sorted([2.5, 1, True, 0]), sorted([[2, 1], [1, 9], [1, 2]]))  # expect: [0, 1, True, 2.5] [[1, 2], [1, 9], [2, 1]]
for bad in ([1, "a"], ["a", None], [1, [1]], [(1, "a"), (1, 2)]):
    try:
        sorted(bad)
    except TypeError as e:
        print(e)
        # expect: '<' not supported between instances of 'str' and 'int'
        # expect: '<' not supported between instances of 'NoneType' and 'str'
        # expect: '<' not supported between instances of 'list' and 'int'
        # expect: '<' not supported between instances of 'int' and 'str'
try:
    sorted([1, 2], key=lambda x: x.size)
except AttributeError as e:
    print(e)  # expect: 'int' object has no attribute 'size'
items = [3, 1, 2]
print(items.sort(), items)  # expect: None [1, 2, 3]
