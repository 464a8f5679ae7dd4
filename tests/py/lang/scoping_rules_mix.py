# scoping: global/nonlocal, class bodies, loop closures, comprehension scope, unbound locals, late binding
x = 1
def f():
    global x
    x += 1
    def g():
        nonlocal_y = 0
        return x
    return g()
print(f(), x)  # expect: 2 2
def counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get(): return count
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get())  # expect: 6
class K:
    a = 1
    b = [a * i for i in range(3)] if False else None
    c = a + 1
    def m(self): return a if False else K.a
print(K.c, K().m())  # expect: 2 1
try:
    class K2:
        v = 5
        w = [v for _ in range(2)]
except NameError as e:
    print(e)  # expect: name 'v' is not defined
def loop_closure():
    fs = []
    for i in range(3):
        def f(): return i
        fs.append(f)
    return [f() for f in fs]
print(loop_closure())  # expect: [2, 2, 2]
def shadow_builtin():
    len = lambda x: 42
    return len([1])
print(shadow_builtin(), len([1]))  # expect: 42 1
def del_local():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(del_local())  # expect: cannot access local variable 'v' where it is not associated with a value
def cond_assign(flag):
    if flag:
        r = "set"
    return r
try: cond_assign(False)
except UnboundLocalError as e: print(e)  # expect: cannot access local variable 'r' where it is not associated with a value
y = 10
def read_then_global():
    print(y)
read_then_global()  # expect: 10
def comp_scope():
    z = 5
    return [z + k for k in range(2)], {k: z for k in "ab"}, list(z * k for k in range(2))
print(comp_scope())  # expect: ([5, 6], {'a': 5, 'b': 5}, [0, 5])
for n in range(2): pass
print(n)  # expect: 1
[m for m in range(3)]
try: print(m)
except NameError as e: print(e)  # expect: name 'm' is not defined
lam = lambda: undefined_name
try: lam()
except NameError as e: print(e)  # expect: name 'undefined_name' is not defined
def outer():
    v = "outer"
    def mid():
        def inner():
            return v
        return inner()
    return mid()
print(outer())  # expect: outer
def late():
    def get(): return late_var
    late_var = "bound later"
    return get()
print(late())  # expect: bound later
def free_unbound():
    def get(): return fv
    r = None
    try:
        r = get()
    except NameError as e:
        r = str(e)
    fv = 1
    return r
print(free_unbound())  # expect: cannot access free variable 'fv' where it is not associated with a value in enclosing scope
