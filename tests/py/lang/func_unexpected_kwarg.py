# A keyword argument the function does not have.
def move(x, y):
    return (x, y)

print(move(y=2, x=1))  # expect: (1, 2)
move(1, z=3)
# expect runtime error: TypeError: move() got an unexpected keyword argument 'z'
