# *args/**kwargs forwarding, keyword-only, __defaults__/__kwdefaults__, lambdas
def apply(func, *args, **kwargs):
    print(f"calling {func.__name__} with {args} {kwargs}")
    return func(*args, **kwargs)
def power(base, exp=2):
    return base ** exp
print(apply(power, 3), apply(power, 2, exp=10), apply(power, base=5, exp=3))
def logger(prefix):
    def wrap(fn):
        def inner(*a, **k):
            r = fn(*a, **k)
            print(prefix, fn.__name__, a, k, "->", r)
            return r
        return inner
    return wrap
add = logger("LOG")(lambda x, y: x + y)
add(1, y=2)
def kwonly(a, *, b, c=3, **rest):
    return a, b, c, rest
print(kwonly(1, b=2), kwonly(1, b=2, c=4, d=5))
def defaults(a, b=[], c={}):
    b.append(a); c[a] = len(b)
    return b, c
print(defaults(1), defaults(2))
print(defaults.__defaults__, power.__defaults__, kwonly.__kwdefaults__)
def varargs(*args):
    return type(args).__name__, len(args)
print(varargs(), varargs(*"abc"), varargs(*[], *()))
f = lambda *a, **k: (a, k)
print(f(1, x=2), (lambda: None)(), (lambda x=5: x)())
def doc():
    "Docstring here."
print(doc.__doc__, doc() is None, callable(doc), callable(5))
nums = [3, -1, 2]
print(sorted(nums, key=abs), list(map(abs, nums)), max(nums, key=lambda n: -n))
# expect: calling power with (3,) {}
# expect: calling power with (2,) {'exp': 10}
# expect: calling power with () {'base': 5, 'exp': 3}
# expect: 9 1024 125
# expect: LOG <lambda> (1,) {'y': 2} -> 3
# expect: (1, 2, 3, {}) (1, 2, 4, {'d': 5})
# expect: ([1, 2], {1: 1, 2: 2}) ([1, 2], {1: 1, 2: 2})
# expect: ([1, 2], {1: 1, 2: 2}) (2,) {'c': 3}
# expect: ('tuple', 0) ('tuple', 3) ('tuple', 0)
# expect: ((1,), {'x': 2}) None 5
# expect: Docstring here. True True False
# expect: [-1, 2, 3] [3, 1, 2] -1
