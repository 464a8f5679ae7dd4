# __init__ sets instance attributes; attributes can be added later too.
class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

p = Point(3, 4)
print(p.x, p.y)  # expect: 3 4
q = Point(1)
print(q.y)  # expect: 0
p.label = "corner"
print(p.label)  # expect: corner
p.x += 10
print(p.x)  # expect: 13
print(type(p).__name__)  # expect: Point
