# functools: partial, wraps, reduce, lru_cache, cache, cmp_to_key, total_ordering
import functools
from functools import partial, wraps, reduce, lru_cache, cache, cmp_to_key, total_ordering

def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r

square = partial(power, exp=2)
print(square(7))  # expect: 49
cube_mod = partial(power, exp=3, mod=10)
print(cube_mod(7), cube_mod.args, cube_mod.keywords)  # expect: 3 () {'exp': 3, 'mod': 10}
p = partial(power, 2)
pp = partial(p, 10)
print(pp(), pp.func is power, pp.args)  # expect: 1024 True (2, 10)
print(repr(partial(max, 1, key=abs)))  # expect: functools.partial(<built-in function max>, 1, key=<built-in function abs>)

def logged(fn):
    @wraps(fn)
    def inner(*args, **kwargs):
        print("calling", fn.__name__)
        return fn(*args, **kwargs)
    return inner

@logged
def add(a, b):
    "Add two numbers."
    return a + b

print(add(2, 3))
# expect: calling add
# expect: 5
print(add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)  # expect: add Add two numbers. add add

print(reduce(lambda a, b: a * b, range(1, 6)))  # expect: 120
print(reduce(lambda a, b: a + b, [], 10))  # expect: 10

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30))  # expect: 832040
print(fib.cache_info())  # expect: CacheInfo(hits=28, misses=31, maxsize=None, currsize=31)

@lru_cache
def sq(x):
    return x * x
sq(2); sq(2); sq(3)
print(sq.cache_info())  # expect: CacheInfo(hits=1, misses=2, maxsize=128, currsize=2)
sq.cache_clear()
print(sq.cache_info().currsize)  # expect: 0

@lru_cache(maxsize=2)
def ident(x):
    print("compute", x)
    return x
ident(1); ident(2); ident(1); ident(3); ident(2)
# expect: compute 1
# expect: compute 2
# expect: compute 3
# expect: compute 2
hits, misses, maxsize, cur = ident.cache_info()
print(hits, misses, maxsize, cur)  # expect: 1 4 2 2

@cache
def slow(x):
    return x + 1
print(slow(1), slow(1), slow.cache_info().hits)  # expect: 2 2 1

def by_len(a, b):
    return len(a) - len(b)
print(sorted(["ccc", "a", "bb"], key=cmp_to_key(by_len)))  # expect: ['a', 'bb', 'ccc']

@total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
print(Version(1) <= Version(2), Version(3) > Version(2), Version(2) >= Version(2))  # expect: True True True
