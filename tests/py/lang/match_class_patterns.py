# Class patterns: isinstance first, then positional sub-patterns through __match_args__ and keyword ones by attribute.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
class Circle:
    def __init__(self, r):
        self.r = r
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"flat 3d point {x},{y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(y=0 | 1 as low):
            return f"low y {low}"
        case Point(x=x, y=y):
            return f"point {x},{y}"
        case Circle(r=r) if r > 10:
            return "big circle"
        case Circle(missing=m):
            return "has missing?"
        case Circle():
            return "a circle"
        case _:
            return "no idea"
print(where(Point(0, 0)))  # expect: origin
print(where(Point(5, 0)))  # expect: on the x axis at 5
print(where(Point3(1, 2, 0)))  # expect: flat 3d point 1,2
print(where(Point3(4, 0, 9)))  # expect: on the x axis at 4
print(where(Point(2, 1)))  # expect: low y 1
print(where(Point(2, 3)))  # expect: point 2,3
print(where(Circle(11)))  # expect: big circle
print(where(Circle(1)))  # expect: a circle
print(where((0, 0)))  # expect: no idea
# builtin types match the subject itself with one positional sub-pattern
def typed(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0 | 1 as small):
            return f"small int {small}"
        case int(n):
            return f"int {n}"
        case float(f) | str(f):
            return f"float or str {f!r}"
        case list([first, *_]):
            return f"list starting {first}"
        case dict({"a": a}):
            return f"dict with a={a}"
        case tuple(t):
            return f"tuple of {len(t)}"
        case bytes() | set():
            return f"{type(v).__name__}"
    return "other"
print(typed(True))  # expect: bool True
print(typed(1))  # expect: small int 1
print(typed(42))  # expect: int 42
print(typed(1.5))  # expect: float or str 1.5
print(typed("s"))  # expect: float or str 's'
print(typed([3, 4]))  # expect: list starting 3
print(typed({"a": 9}))  # expect: dict with a=9
print(typed((1, 2)))  # expect: tuple of 2
print(typed(b""))  # expect: bytes
print(typed({1}))  # expect: set
print(typed(None))  # expect: other
