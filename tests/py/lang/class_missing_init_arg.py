# Forgetting a constructor argument names Class.__init__.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

print(Point(1, 2).y)  # expect: 2
Point(1)
# expect runtime error: TypeError: Point.__init__() missing 1 required positional argument: 'y'
