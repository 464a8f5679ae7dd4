# Pitfall: sort() returns None, so the chained call fails.
items = [3, 1, 2]
result = items.sort()
print(items)  # expect: [1, 2, 3]
result.append(4)
# expect runtime error: AttributeError: 'NoneType' object has no attribute 'append'
