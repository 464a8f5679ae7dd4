# nonlocal reaches the nearest enclosing function that binds the name.
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    result = middle()
    return result, x

print(outer())  # expect: ('changed by inner', 'changed by inner')
def counter_pair():
    n = 0
    def inc():
        nonlocal n
        n += 1
    def get():
        return n
    return inc, get
inc, get = counter_pair()
inc(); inc()
print(get())  # expect: 2
