# Calling something that is not a function.
items = [1, 2]
count = len(items)
print(count)  # expect: 2
count()
# expect runtime error: TypeError: 'int' object is not callable
