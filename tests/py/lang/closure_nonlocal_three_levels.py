# nonlocal binds to the nearest enclosing function that has the name.
def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "set by inner"
        inner()
        return x
    m = middle()
    return x, m

print(outer())  # expect: ('outer', 'set by inner')
def shared():
    total = 0
    def add(n):
        nonlocal total
        total += n
    def get():
        return total
    return add, get
add, get = shared()
for n in [1, 2, 3]:
    add(n)
print(get())  # expect: 6
