# Augmented assignment to a tuple item: the traceback points at the target (t[0])
point = (1, 2)
def move(p, dx):
    p[0] += dx
    return p
print(move([1, 2], 5))  # expect: [6, 2]
move(point, 5)
# expect runtime error: TypeError: 'tuple' object does not support item assignment
