# yield from is refused like yield.
# expect error: 4:5: 'yield' expressions are not supported by looplab (see looplab help python)
def chain(a, b):
    yield from a
    yield from b
