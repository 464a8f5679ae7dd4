# Slice assignment can grow or shrink a list; extended slices need equal lengths.
nums = list(range(10))
nums[2:5] = ["a"]
print(nums)  # expect: [0, 1, 'a', 5, 6, 7, 8, 9]
nums[:0] = [-2, -1]
print(nums)  # expect: [-2, -1, 0, 1, 'a', 5, 6, 7, 8, 9]
nums[len(nums):] = [98, 99]
print(nums)  # expect: [-2, -1, 0, 1, 'a', 5, 6, 7, 8, 9, 98, 99]
nums[::3] = ["x"] * len(nums[::3])
print(nums)  # expect: ['x', -1, 0, 'x', 'a', 5, 'x', 7, 8, 'x', 98, 99]
del nums[::2]
print(nums)  # expect: [-1, 'x', 5, 7, 'x', 99]
del nums[1:3]
print(nums)  # expect: [-1, 7, 'x', 99]
nums[:] = "abc"
print(nums)  # expect: ['a', 'b', 'c']
rev = [1, 2, 3, 4]
rev[::-1] = rev[:]
print(rev)  # expect: [4, 3, 2, 1]
try:
    rev[::2] = [0]
except ValueError as e:
    print(e)  # expect: attempt to assign sequence of size 1 to extended slice of size 2
try:
    rev[1:2] = 5
except TypeError as e:
    print(e)  # expect: can only assign an iterable
rev[::-2] = [7, 8, 9]
# expect runtime error: ValueError: attempt to assign sequence of size 3 to extended slice of size 2
