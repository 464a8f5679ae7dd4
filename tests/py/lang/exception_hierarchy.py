# Where the listed built-in exceptions sit in the hierarchy.
def caught_by(exc, base):
    try:
        raise exc
    except base:
        return True
    except BaseException:
        return False

print(caught_by(RecursionError(), RuntimeError))  # expect: True
print(caught_by(KeyError(), IndexError), caught_by(IndexError(), Exception))  # expect: False True
print(caught_by(KeyboardInterrupt(), Exception), caught_by(KeyboardInterrupt(), BaseException))  # expect: False True
print(caught_by(ExceptionGroup("g", [ValueError()]), BaseExceptionGroup))  # expect: True
print(caught_by(StopIteration(), Exception), caught_by(AssertionError(), Exception))  # expect: True True
print(caught_by(TimeoutError(), Exception), caught_by(ZeroDivisionError(), ValueError))  # expect: True False
print(isinstance(OverflowError(), Exception), isinstance(BaseException(), Exception))  # expect: True False
