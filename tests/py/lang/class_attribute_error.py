# Reading an attribute that was never set.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.zed)

p = Point(1, 2)
print(p.x)  # expect: 1
p.norm1()
# expect runtime error: AttributeError: 'Point' object has no attribute 'zed'
