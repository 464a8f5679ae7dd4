# Dropping the last reference to a paused generator closes it (its finally runs there).
def session(name):
    try:
        yield name + " started"
    finally:
        print(name, "closed")

def use():
    s = session("local")
    print(next(s))
    return "returned"

print(use())
g = session("global")
print(next(g))
del g
print("after del")
g = session("rebound")
next(g)
g = None
print("end")
# expect: local started
# expect: local closed
# expect: returned
# expect: global started
# expect: global closed
# expect: after del
# expect: rebound closed
# expect: end
