# Sets of small ints print in hash-table order, and each operation fills the table
# the way CPython does, so mixed-size values come out in the same order.
a = {1, 2, 3}
b = {1, 9}
print(a ^ b, b ^ a)  # expect: {2, 3, 9} {9, 2, 3}
print(a.symmetric_difference([1, 9]))  # expect: {2, 3, 9}
c = set(a)
c ^= b
print(c)  # expect: {9, 2, 3}
print({-1, 7, -2}, {8, 0, 16, 1, 32, 5}, {97, -2, -1, 48, 12, 11, 48, -8})  # expect: {7, -2, -1} {0, 1, 32, 16, 5, 8} {48, 97, -1, -8, 11, 12, -2}
print({0, 1} | {8, 0, 16, 1, 32, 5}, {*range(3), *{8, 0, 16, 1, 32, 5}})  # expect: {0, 1, 32, 5, 8, 16} {0, 1, 2, 32, 5, 8, 16}
big = set(range(20))
print(big - {3, 9, 40}, {40, 3, 72} & big)  # expect: {0, 1, 2, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19} {3}
print(big.intersection([72, 3, 64, 7]), {72, 64, 8}.union([0, 128]))  # expect: {3, 7} {64, 128, 0, 72, 8}
print(set({100: "x", 4: "y", 36: "z"}), set([100, 4, 36]))  # expect: {100, 4, 36} {100, 4, 36}
d = {1, 2, 3, 4, 5, 6, 7}
d.difference_update([1, 2, 3, 4])
print(d, d.pop(), d.pop(), d)  # expect: {7} 5 6 {7}
d.add(1)
print(d.pop(), d)  # expect: 7 {1}
f = frozenset([-8, 12, 16, 5])
g = f
f |= f
print(f, f is g, f.copy() is f, frozenset(f) is f)  # expect: frozenset({-8, 16, 12, 5}) False True True
e = {5, 13, 21, 29}
e.clear()
e.update([29, 21, 13, 5])
print(e)  # expect: {5, 21, 13, 29}
