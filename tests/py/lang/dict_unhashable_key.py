# Lists cannot be dict keys.
d = {}
d[(1, 2)] = "tuple ok"
print(d)  # expect: {(1, 2): 'tuple ok'}
d[[1, 2]] = "list"
# expect runtime error: TypeError: unhashable type: 'list'
