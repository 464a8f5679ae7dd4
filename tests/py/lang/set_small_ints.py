# Sets of small non-negative ints print in ascending order.
s = {3, 1, 2, 1}
print(s)  # expect: {1, 2, 3}
print(len(s))  # expect: 3
print(set([5, 5, 0]))  # expect: {0, 5}
print({x % 3 for x in range(10)})  # expect: {0, 1, 2}
print(2 in s, 9 in s)  # expect: True False
