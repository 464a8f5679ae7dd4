# sys.exc_info() and sys.exception(): the exception being handled, nested handlers
import sys
def f11():
    try:
        raise ValueError("x")
    except ValueError:
        return sys.exc_info()[0].__name__ if hasattr(sys, "exc_info") else "n/a"
print(f11())  # expect: ValueError
print(sys.exc_info(), sys.exception())  # expect: (None, None, None) None
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), type(tb).__name__, sys.exception() is v)  # expect: KeyError KeyError('k') traceback True
    try:
        raise ValueError
    except ValueError:
        print(type(sys.exception()).__name__)  # expect: ValueError
    print(type(sys.exception()).__name__)  # expect: KeyError
print(sys.exception())  # expect: None
