# functools errors: reduce of an empty iterable without an initial value
from functools import reduce, partial

def total(xs):
    return reduce(lambda a, b: a + b, xs)

print(total([1, 2, 3]))  # expect: 6
try:
    partial(3)
except TypeError as e:
    print(e)  # expect: the first argument must be callable
total([])
# expect runtime error: TypeError: reduce() of empty iterable with no initial value
