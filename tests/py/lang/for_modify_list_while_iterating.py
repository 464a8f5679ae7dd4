# Pitfall: removing items from the list being iterated skips elements.
nums = [2, 4, 5, 6]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print(nums)  # expect: [4, 5]
nums = [2, 4, 5, 6]
nums = [n for n in nums if n % 2]
print(nums)  # expect: [5]
