# dataclasses: generated __init__/__repr__/__eq__, order, frozen, field(), __post_init__, helpers
from dataclasses import dataclass, field, asdict, astuple, fields, replace, is_dataclass
from typing import List, ClassVar

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p)  # expect: Point(x=1, y=2)
print(Point(5), Point(y=3, x=4))  # expect: Point(x=5, y=0) Point(x=4, y=3)
print(p == Point(1, 2), p == Point(2, 1), p != (1, 2))  # expect: True False True
print(Point.__annotations__)  # expect: {'x': <class 'int'>, 'y': <class 'int'>}

@dataclass
class Job:
    name: str
    priority: int = 1
    tags: List[str] = field(default_factory=list)
    attempts: int = field(default=0, repr=False)
    registry: ClassVar[int] = 0

    def __post_init__(self):
        self.name = self.name.upper()

j = Job("fetch")
j.tags.append("net")
print(j, j.attempts)  # expect: Job(name='FETCH', priority=1, tags=['net']) 0
print(Job("b").tags)  # expect: []
print([f.name for f in fields(Job)])  # expect: ['name', 'priority', 'tags', 'attempts']
print(asdict(j))  # expect: {'name': 'FETCH', 'priority': 1, 'tags': ['net'], 'attempts': 0}
print(astuple(p), is_dataclass(p), is_dataclass(3))  # expect: (1, 2) True False
print(replace(p, y=9))  # expect: Point(x=1, y=9)

@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)

tasks = [Task(3, "c"), Task(1, "a"), Task(2, "b")]
print([t.name for t in sorted(tasks)])  # expect: ['a', 'b', 'c']
print(Task(1, "x") < Task(2, "y"), Task(1, "x") == Task(1, "z"))  # expect: True True

@dataclass(frozen=True)
class Config:
    host: str
    port: int = 80

c = Config("example.org")
print(c, hash(c) == hash(Config("example.org")))  # expect: Config(host='example.org', port=80) True

@dataclass
class Point3(Point):
    z: int = 0

print(Point3(1, 2, 3))  # expect: Point3(x=1, y=2, z=3)

@dataclass
class Outer:
    inner: Point
    items: list = field(default_factory=list)

print(asdict(Outer(Point(1, 1), [Point(2, 2)])))  # expect: {'inner': {'x': 1, 'y': 1}, 'items': [{'x': 2, 'y': 2}]}
