# Handlers are tried in order; a base class catches its subclasses.
try:
    raise KeyError("x")
except Exception:
    print("Exception first")  # expect: Exception first
except KeyError:
    print("never reached")
try:
    raise RecursionError("r")
except RuntimeError as e:
    print(type(e).__name__)  # expect: RecursionError
try:
    raise IndexError("i")
except Exception as e:
    print("Exception catches", type(e).__name__)  # expect: Exception catches IndexError
