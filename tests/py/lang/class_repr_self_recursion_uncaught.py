# A __repr__ that formats itself with !r recurses until CPython's limit: two levels per call
class Node:
    def __init__(self, label):
        self.label = label
        self.parent = self       # a bug: should be None for the root
    def __repr__(self):
        return f"Node({self.label!r}, parent={self.parent!r})"
depth = 0
class Counted:
    def __repr__(self):
        global depth
        depth += 1
        return f"<{self!r}>"
try:
    repr(Counted())
except RecursionError as e:
    print(depth, e)  # expect: 499 maximum recursion depth exceeded while getting the repr of an object
print(Node("root"))
# expect runtime error: RecursionError: maximum recursion depth exceeded while getting the repr of an object
