# Unpacking something that is not iterable.
def coords():
    return 5

x, y = coords()
# expect runtime error: TypeError: cannot unpack non-iterable int object
