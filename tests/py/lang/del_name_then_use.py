# Using a name after del.
total = 10
print(total)  # expect: 10
del total
print(total)
# expect runtime error: NameError: name 'total' is not defined
