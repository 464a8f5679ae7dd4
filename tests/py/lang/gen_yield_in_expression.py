# yield inside expressions, and a bare yield that yields None.
def g():
    x = (yield 1) + 10
    print("x =", x)
    y = yield
    print("y =", y)
    yield [(yield "inner"), "after"]

it = g()
print(next(it))  # expect: 1
print(it.send(5))  # expect: x = 15
# expect: None
print(it.send("why"))
# expect: y = why
# expect: inner
print(it.send("sent"))  # expect: ['sent', 'after']
