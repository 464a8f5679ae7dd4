# *args collects extra positional arguments into a tuple.
def total(*nums):
    print(type(nums).__name__, nums)
    return sum(nums)

print(total(1, 2, 3))
# expect: tuple (1, 2, 3)
# expect: 6
print(total())
# expect: tuple ()
# expect: 0
def head(first, *rest):
    return first, rest
print(head(1, 2, 3))  # expect: (1, (2, 3))
