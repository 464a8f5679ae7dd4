# typing.NamedTuple classes: fields from annotations, defaults, methods of their own
from typing import NamedTuple

class Point(NamedTuple):
    x: int
    y: int = 0

    def norm1(self):
        return abs(self.x) + abs(self.y)

p = Point(3, -4)
print(p, p.norm1(), Point(1))  # expect: Point(x=3, y=-4) 7 Point(x=1, y=0)
a, b = p
print(a, b, p[0], p._fields, p._asdict())  # expect: 3 -4 3 ('x', 'y') {'x': 3, 'y': -4}
print(p._replace(y=1), p == (3, -4))  # expect: Point(x=3, y=1) True
try:
    class Bad(NamedTuple):
        a: int = 1
        b: str
except TypeError as e:
    print(e)  # expect: Non-default namedtuple field b cannot follow default field a
