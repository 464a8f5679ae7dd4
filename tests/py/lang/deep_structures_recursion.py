# repr and comparison of deeply nested lists count recursion levels as CPython does
def nest(n):
    x = []
    for i in range(n):
        x = [x]
    return x
for n in (500, 996, 997, 998):
    try:
        print(n, len(repr(nest(n))))
    except RecursionError as e:
        print(n, "RecursionError:", e)
for n in (500, 998, 999, 100000):
    a, b = nest(n), nest(n)
    try:
        print(n, a == b, a <= b)
    except RecursionError as e:
        print(n, "RecursionError:", e)
# expect: 500 1002
# expect: 996 1994
# expect: 997 1996
# expect: 998 RecursionError: maximum recursion depth exceeded while getting the repr of an object
# expect: 500 True True
# expect: 998 True True
# expect: 999 RecursionError: maximum recursion depth exceeded in comparison
# expect: 100000 RecursionError: maximum recursion depth exceeded in comparison
