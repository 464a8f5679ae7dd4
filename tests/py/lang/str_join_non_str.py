# join() does not convert numbers for you.
nums = [1, 2, 3]
print(", ".join(str(n) for n in nums))  # expect: 1, 2, 3
print(", ".join(nums))
# expect runtime error: TypeError: sequence item 0: expected str instance, int found
