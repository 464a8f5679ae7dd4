# Iterating over a number.
count = 3
for i in range(count):
    pass
print(i)  # expect: 2
for i in count:
    pass
# expect runtime error: TypeError: 'int' object is not iterable
