# An __eq__ that compares self again never ends: each comparison is a level, "in comparison"
class Point:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return self == other      # meant: self.x == other.x
calls = 0
class Counted:
    def __eq__(self, other):
        global calls
        calls += 1
        return self == other
try:
    Counted() == Counted()       # module level: the frame entry is what overflows
except RecursionError as e:
    print(calls, e)  # expect: 499 maximum recursion depth exceeded
def check():
    return Point(1) == Point(1)  # one frame deeper: the comparison overflows
print(Point(1) != Point(2) if False else "skip")  # expect: skip
check()
# expect runtime error: RecursionError: maximum recursion depth exceeded in comparison
