# Slices take start:stop:step; out-of-range bounds are clipped, not errors.
s = "0123456789"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[::2], s[1::2], s[::-1], s[8:2:-2], s[-1:-4:-1])  # expect: 234 012 789 789 012 02468 13579 9876543210 864 987
print(repr(s[5:2]), repr(s[100:]), s[-100:2], s[3:100], s[::3])  # expect: '' '' 01 3456789 0369
print(s[slice(1, 4)], s[slice(None, None, -3)])  # expect: 123 9630
try:
    s[::0]
except ValueError as e:
    print(e)  # expect: slice step cannot be zero
try:
    s[1.5:]
except TypeError as e:
    print(e)  # expect: slice indices must be integers or None or have an __index__ method
s[10]
# expect runtime error: IndexError: string index out of range
