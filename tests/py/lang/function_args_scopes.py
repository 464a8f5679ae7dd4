# function calls: argument errors, keyword-only, mutable defaults, closures, scoping, recursion, __defaults__
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(*[1, 2], **{"c": 3, "z": 0}), f(a=1, c=2))  # expect: (1, 2, (), 3, 4, {}) (1, 2, (3, 4), 5, 4, {'e': 6}) (1, 2, (), 3, 4, {'z': 0}) (1, 2, (), 2, 4, {})
for call in (lambda: f(), lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, a=2, c=3), lambda: f(1, c=1, **{"c": 2}), lambda: f(c=1), lambda: f(1, c=2, **{1: 2})):
    try: call()
    except TypeError as e: print(e)
    # expect: f() missing 1 required positional argument: 'a'
    # expect: f() missing 1 required keyword-only argument: 'c'
    # expect: f() missing 1 required keyword-only argument: 'c'
    # expect: f() got multiple values for argument 'a'
    # expect: __main__.f() got multiple values for keyword argument 'c'
    # expect: f() missing 1 required positional argument: 'a'
    # expect: keywords must be strings
def g(*, k): return k
try: g(1)
except TypeError as e: print(e)  # expect: g() takes 0 positional arguments but 1 was given
try: g()
except TypeError as e: print(e)  # expect: g() missing 1 required keyword-only argument: 'k'
def h(a, b): return a, b
try: h(1, 2, 3)
except TypeError as e: print(e)  # expect: h() takes 2 positional arguments but 3 were given
try: h(1, c=2)
except TypeError as e: print(e)  # expect: h() got an unexpected keyword argument 'c'
try: h(b=1)
except TypeError as e: print(e)  # expect: h() missing 1 required positional argument: 'a'
try: h()
except TypeError as e: print(e)  # expect: h() missing 2 required positional arguments: 'a' and 'b'
def k(a, b, c, d): pass
try: k(1)
except TypeError as e: print(e)  # expect: k() missing 3 required positional arguments: 'b', 'c', and 'd'
try: k(1, 2)
except TypeError as e: print(e)  # expect: k() missing 2 required positional arguments: 'c' and 'd'
def kw_only(*, a, b, c): pass
try: kw_only(b=1)
except TypeError as e: print(e)  # expect: kw_only() missing 2 required keyword-only arguments: 'a' and 'c'
def defaults(a=[]):
    a.append(1)
    return a
print(defaults(), defaults(), defaults([]))  # expect: [1, 1] [1, 1] [1]
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c1, c2 = outer(), outer()
print(c1(), c1(), c2())  # expect: 1 2 1
fs = [lambda: i for i in range(3)]
print([fn() for fn in fs], [(lambda i=i: i)() for i in range(3)])  # expect: [2, 2, 2] [0, 1, 2]
x = "global"
def read(): return x
def shadow():
    x = "local"
    return read()
print(shadow())  # expect: global
def unbound():
    print(x)
    x = 1
try: unbound()
except UnboundLocalError as e: print(e)  # expect: cannot access local variable 'x' where it is not associated with a value
def use_global():
    global x
    x = "changed"
use_global(); print(x)  # expect: changed
def nested():
    y = 1
    def inner():
        return y + 1
    y = 10
    return inner()
print(nested())  # expect: 11
def lam(): return (lambda a, *b, **c: (a, b, c))(1, 2, k=3)
print(lam())  # expect: (1, (2,), {'k': 3})
print((lambda: 1).__name__, f.__name__, outer().__qualname__, f.__defaults__ if hasattr(f, "__defaults__") else "")  # expect: <lambda> f outer.<locals>.inc (2,)
def rec(n): return 1 if n <= 1 else n * rec(n - 1)
print(rec(20))  # expect: 2432902008176640000
def fib(n, memo={}):
    if n in memo: return memo[n]
    memo[n] = n if n < 2 else fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(80))  # expect: 23416728348467685
def deep(n): return deep(n + 1)
try: deep(0)
except RecursionError as e: print(e)  # expect: maximum recursion depth exceeded
def f(a, b=2, *args, c, d=4, **kw): pass
def g(x=[1], y=None): pass
def h(): pass
print(f.__defaults__, f.__kwdefaults__, g.__defaults__, h.__defaults__, h.__kwdefaults__, (lambda q=1, *, r=2: 0).__defaults__, (lambda q=1, *, r=2: 0).__kwdefaults__)  # expect: (2,) {'d': 4} ([1], None) None None (1,) {'r': 2}
g.__defaults__[0].append(2)
print(g.__defaults__)  # expect: ([1, 2], None)
