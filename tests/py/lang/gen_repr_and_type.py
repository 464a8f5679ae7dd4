# A generator object's type and the start of its repr.
def ticker():
    yield 1

g = ticker()
print(type(g).__name__)  # expect: generator
print(repr(g).startswith("<generator object ticker at 0x"))  # expect: True
print(g.__name__, g.__qualname__)  # expect: ticker ticker
print(type(x for x in []).__name__)  # expect: generator
