# PEP 479: a StopIteration escaping a generator's body becomes a RuntimeError.
def leaky():
    yield 1
    next(iter([]))

try:
    for x in leaky():
        print(x)  # expect: 1
except RuntimeError as e:
    print(type(e).__name__, e)  # expect: RuntimeError generator raised StopIteration
    print(type(e.__cause__).__name__)  # expect: StopIteration
