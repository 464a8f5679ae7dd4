# The message lists every missing argument.
def area(w, h, d):
    return w * h * d

try:
    area(1)
except TypeError as e:
    print(e)  # expect: area() missing 2 required positional arguments: 'h' and 'd'
area()
# expect runtime error: TypeError: area() missing 3 required positional arguments: 'w', 'h', and 'd'
