# Positional-only parameters ('/'): passing them by keyword is CPython's TypeError naming them all, unless **kwargs takes the name; defaults, lambdas and methods.
def f(a, b, /, c, *, d=4):
    return (a, b, c, d)

print(f(1, 2, 3), f(1, 2, c=3, d=5))
for call in (lambda: f(1, b=2, c=3), lambda: f(a=1, b=2, c=3), lambda: f(1, 2), lambda: f(1, 2, 3, 4), lambda: f(1, 2, 3, e=1)):
    try:
        call()
    except TypeError as e:
        print(e)

def g(x, /, **kw):
    return x, kw
print(g(1, x=2, y=3))

def h(a, b=2, /, c=3):
    return a, b, c
print(h(1), h(1, 5), h(1, c=9))
sq = lambda n, /: n * n
print(sq(4))
try:
    sq(n=4)
except TypeError as e:
    print(e)

class P:
    def __init__(self, x, y, /):
        self.x, self.y = x, y
    def move(self, dx, /, dy=0):
        return P(self.x + dx, self.y + dy)
p = P(1, 2).move(3, dy=4)
print(p.x, p.y)
try:
    P(x=1, y=2)
except TypeError as e:
    print(e)
print(divmod(7, 2), pow(2, 5))
# expect: (1, 2, 3, 4) (1, 2, 3, 5)
# expect: f() got some positional-only arguments passed as keyword arguments: 'b'
# expect: f() got some positional-only arguments passed as keyword arguments: 'a, b'
# expect: f() missing 1 required positional argument: 'c'
# expect: f() takes 3 positional arguments but 4 were given
# expect: f() got an unexpected keyword argument 'e'
# expect: (1, {'x': 2, 'y': 3})
# expect: (1, 2, 3) (1, 5, 3) (1, 2, 9)
# expect: 16
# expect: <lambda>() got some positional-only arguments passed as keyword arguments: 'n'
# expect: 4 6
# expect: P.__init__() got some positional-only arguments passed as keyword arguments: 'x, y'
# expect: (3, 1) 32
