# A class with __eq__/__lt__/__hash__: sorting, min/max, sets, index and NotImplemented
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
pts = [Point(3, 1), Point(1, 2), Point(1, 1)]
print(sorted(pts))
print(max(pts), min(pts))
print(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(1, 3))
print(Point(1,2) == (1,2))
print({Point(1,2), Point(1,2)})
print(Point(1, 2) > Point(0, 5))
try:
    Point(1,2) <= Point(1,3)
except TypeError as e:
    print(e)
print(str(Point(1.5, "a")))
print([Point(i, i*i) for i in range(3)])
print(pts.index(Point(1,1)), Point(1,1) in pts)
# expect: [Point(1, 1), Point(1, 2), Point(3, 1)]
# expect: Point(3, 1) Point(1, 1)
# expect: True True
# expect: False
# expect: {Point(1, 2)}
# expect: True
# expect: '<=' not supported between instances of 'Point' and 'Point'
# expect: Point(1.5, 'a')
# expect: [Point(0, 0), Point(1, 1), Point(2, 4)]
# expect: 2 True
