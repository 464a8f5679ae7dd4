# set methods and operators (printed sorted so order never matters).
a = {1, 2, 3}
b = {3, 4}
print(sorted(a | b))  # expect: [1, 2, 3, 4]
print(sorted(a & b))  # expect: [3]
print(sorted(a - b))  # expect: [1, 2]
print(sorted(a ^ b))  # expect: [1, 2, 4]
a.add(10)
a.discard(1)
a.discard(99)
print(sorted(a))  # expect: [2, 3, 10]
print({2, 3} <= a, {2, 3}.issubset(a), a.issuperset({10}))  # expect: True True True
print(sorted(a.union([7], (8,))))  # expect: [2, 3, 7, 8, 10]
print(sorted(a.intersection({3, 10, 11})))  # expect: [3, 10]
print(sorted(a.difference({2})))  # expect: [3, 10]
print(a.isdisjoint({5}))  # expect: True
a.remove(2)
print(len(a))  # expect: 2
