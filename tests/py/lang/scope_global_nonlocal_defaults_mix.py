# global, nonlocal, UnboundLocalError, mutable defaults and late-binding lambdas
x = 10
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    inner(); inner()
    return x
print(outer(), x)
def counter():
    global x
    x += 5
counter()
print(x)
def bad():
    print(x)
    x = 3
try:
    bad()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def append_to(item, lst=[]):
    lst.append(item)
    return lst
print(append_to(1), append_to(2))
def safe(item, lst=None):
    if lst is None:
        lst = []
    lst.append(item)
    return lst
print(safe(1), safe(2))
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
print((lambda a, b=2, *c, d, **e: (a, b, c, d, e))(1, d=4, z=5))
# expect: 3 10
# expect: 15
# expect: UnboundLocalError cannot access local variable 'x' where it is not associated with a value
# expect: [1, 2] [1, 2]
# expect: [1] [2]
# expect: [2, 2, 2]
# expect: [0, 1, 2]
# expect: (1, 2, (), 4, {'z': 5})
