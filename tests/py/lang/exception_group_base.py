# BaseExceptionGroup holds BaseExceptions; with only Exceptions it becomes an ExceptionGroup.
g = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(g).__name__)  # expect: BaseExceptionGroup
g2 = BaseExceptionGroup("e", [ValueError()])
print(type(g2).__name__)  # expect: ExceptionGroup
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print(e)  # expect: Cannot nest BaseExceptions in an ExceptionGroup
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print(e)  # expect: second argument (exceptions) must be a non-empty sequence
