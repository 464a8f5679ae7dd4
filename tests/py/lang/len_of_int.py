# len() of a number.
def size(x):
    return len(x)

print(size([1, 2]))  # expect: 2
print(size(42))
# expect runtime error: TypeError: object of type 'int' has no len()
