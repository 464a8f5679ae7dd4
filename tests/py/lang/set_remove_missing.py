# set.remove raises KeyError; discard does not.
s = {1, 2}
s.discard(5)
print(sorted(s))  # expect: [1, 2]
s.remove(5)
# expect runtime error: KeyError: 5
