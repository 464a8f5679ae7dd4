# enumerate pairs indexes with items, from any start.
for i, c in enumerate("ab"):
    print(i, c)
# expect: 0 a
# expect: 1 b
for i, c in enumerate(["x", "y"], start=1):
    print(i, c)
# expect: 1 x
# expect: 2 y
print(list(enumerate("z", 10)))  # expect: [(10, 'z')]
