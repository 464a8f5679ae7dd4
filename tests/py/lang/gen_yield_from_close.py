# close() on a delegating generator closes the inner one first, then the outer.
def inner():
    try:
        yield 1
    finally:
        print("inner finally")

def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")

g = outer()
print(next(g))  # expect: 1
g.close()
# expect: inner finally
# expect: outer finally
print("closed")  # expect: closed
g.close()
print(list(g))  # expect: []
