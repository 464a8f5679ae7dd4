# A class without __init__ takes no arguments.
class Empty:
    pass

e = Empty()
e.value = 1
print(e.value)  # expect: 1
Empty(5)
# expect runtime error: TypeError: Empty() takes no arguments
