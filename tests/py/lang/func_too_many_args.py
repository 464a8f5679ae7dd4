# Calling with too many positional arguments.
def add(a, b):
    return a + b

def add_opt(a, b=1):
    return a + b

try:
    add_opt(1, 2, 3)
except TypeError as e:
    print(e)  # expect: add_opt() takes from 1 to 2 positional arguments but 3 were given
add(1, 2, 3)
# expect runtime error: TypeError: add() takes 2 positional arguments but 3 were given
