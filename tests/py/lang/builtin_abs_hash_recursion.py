# abs() and hash() are builtins CPython calls through a recursion check: two levels per __abs__ that calls abs(self)
n = 0
class Weird:
    def __abs__(self):
        global n
        n += 1
        return abs(self)
    def __hash__(self):
        global n
        n += 1
        return hash(self)
def run(f):
    f(Weird())
for f in (abs, hash):
    n = 0
    try:
        f(Weird())
    except RecursionError as e:
        print(f.__name__, n, e)
    n = 0
    try:
        run(f)
    except RecursionError as e:
        print(f.__name__, n, e)
# expect: abs 499 maximum recursion depth exceeded
# expect: abs 499 maximum recursion depth exceeded while calling a Python object
# expect: hash 499 maximum recursion depth exceeded
# expect: hash 499 maximum recursion depth exceeded while calling a Python object
