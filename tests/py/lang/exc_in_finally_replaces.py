# An exception raised in finally replaces the one in flight.
def f():
    try:
        raise ValueError("original")
    finally:
        raise RuntimeError("from finally")

try:
    f()
except Exception as e:
    print(type(e).__name__, e)  # expect: RuntimeError from finally
    print(repr(e.__context__))  # expect: ValueError('original')
