# yield from passes the inner generator's values through and evaluates to its return value.
def inner():
    yield 1
    yield 2
    return "inner done"

def outer():
    result = yield from inner()
    print("inner returned:", result)
    yield from [3, 4]
    yield from range(5, 7)

for x in outer():
    print(x)
# expect: 1
# expect: 2
# expect: inner returned: inner done
# expect: 3
# expect: 4
# expect: 5
# expect: 6
