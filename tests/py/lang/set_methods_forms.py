# The set methods accept any iterables (several at once); the operators want sets.
s = {1, 2, 3, 4}
print(s.union([9], (8,), "x" if False else []))  # expect: {1, 2, 3, 4, 8, 9}
print(s.intersection([2, 3, 5], {3, 4, 2}))  # expect: {2, 3}
print(s.difference([1], {2}), s.difference())  # expect: {3, 4} {1, 2, 3, 4}
print(s.symmetric_difference(range(3, 7)))  # expect: {1, 2, 5, 6}
t = set(s)
t.update([10], {11})
t.intersection_update(range(0, 11))
t.difference_update([1], [2])
t.symmetric_difference_update({3, 99})
print(t)  # expect: {4, 99, 10}
print(s.issubset(range(10)), s.issuperset([1, 2]), s.isdisjoint([7, 8]))  # expect: True True True
fs = frozenset([3, 1])
print(fs | {2}, {2} | fs, fs.union([5]), type(fs & {1}).__name__)  # expect: frozenset({1, 2, 3}) {1, 2, 3} frozenset({1, 3, 5}) frozenset
try:
    fs.add(4)
except AttributeError as e:
    print(e)  # expect: 'frozenset' object has no attribute 'add'
try:
    s | [5]
except TypeError as e:
    print(e)  # expect: unsupported operand type(s) for |: 'set' and 'list'
try:
    s.symmetric_difference()
except TypeError as e:
    print(e)  # expect: set.symmetric_difference() takes exactly one argument (0 given)
s -= [1]
# expect runtime error: TypeError: unsupported operand type(s) for -=: 'set' and 'list'
