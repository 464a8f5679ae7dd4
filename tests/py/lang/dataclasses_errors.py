# dataclasses errors: field order, mutable defaults, frozen instances, bad __init__ calls
from dataclasses import dataclass, field, FrozenInstanceError

try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print(e)  # expect: non-default argument 'y' follows default argument

try:
    @dataclass
    class Basket:
        items: list = []
except ValueError as e:
    print(e)  # expect: mutable default <class 'list'> for field items is not allowed: use default_factory

@dataclass
class Point:
    x: int
    y: int

try:
    Point(1)
except TypeError as e:
    print(e)  # expect: Point.__init__() missing 1 required positional argument: 'y'
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)  # expect: Point.__init__() takes 3 positional arguments but 4 were given
try:
    Point(1, 2, z=3)
except TypeError as e:
    print(e)  # expect: Point.__init__() got an unexpected keyword argument 'z'

@dataclass(frozen=True)
class Config:
    host: str

c = Config("a")
try:
    c.host = "b"
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))  # expect: FrozenInstanceError cannot assign to field 'host' True

def reconfigure(cfg):
    cfg.host = "changed"

reconfigure(c)
# expect runtime error: dataclasses.FrozenInstanceError: cannot assign to field 'host'
