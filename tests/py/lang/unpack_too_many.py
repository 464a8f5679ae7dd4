# More values than targets.
def pair():
    return [1, 2, 3]

a, b = pair()
# expect runtime error: ValueError: too many values to unpack (expected 2)
