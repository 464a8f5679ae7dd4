# collections errors: empty deque pops, missing keys without a factory, namedtuple arguments
from collections import deque, defaultdict, namedtuple

d = deque(maxlen=2)
try:
    d.popleft()
except IndexError as e:
    print(e)  # expect: pop from an empty deque
try:
    deque([1])[5]
except IndexError as e:
    print(e)  # expect: deque index out of range

dd = defaultdict(None, {"a": 1})
try:
    dd["b"]
except KeyError as e:
    print(repr(e))  # expect: KeyError('b')
print(dd)  # expect: defaultdict(None, {'a': 1})

Point = namedtuple("Point", "x, y")
p = Point(1, 2)
try:
    p.x = 5
except AttributeError as e:
    print(e)  # expect: can't set attribute
try:
    namedtuple("Bad", "x _y")
except ValueError as e:
    print(e)  # expect: Field names cannot start with an underscore: '_y'
try:
    namedtuple("Bad", "x x")
except ValueError as e:
    print(e)  # expect: Encountered duplicate field name: 'x'

def make_point(*coords):
    return Point(*coords)

make_point(1)
# expect runtime error: TypeError: Point.__new__() missing 1 required positional argument: 'y'
