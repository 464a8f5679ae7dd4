# Passing a keyword-only argument positionally.
def f(a, *, b):
    return a + b

print(f(1, b=2))  # expect: 3
f(1, 2)
# expect runtime error: TypeError: f() takes 1 positional argument but 2 were given
