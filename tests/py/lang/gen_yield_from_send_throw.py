# yield from forwards send() and throw() to the inner generator.
def inner():
    while True:
        try:
            got = yield
            print("inner got", got)
        except ValueError as e:
            print("inner caught", e)
            return "stopped"

def outer():
    r = yield from inner()
    print("outer sees", r)
    yield "outer continues"

g = outer()
next(g)
g.send("a")  # expect: inner got a
g.send("b")  # expect: inner got b
print(g.throw(ValueError("halt")))
# expect: inner caught halt
# expect: outer sees stopped
# expect: outer continues
