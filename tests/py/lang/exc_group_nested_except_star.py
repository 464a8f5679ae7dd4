# except* splits an exception group; unhandled parts propagate as a new group.
def work():
    raise ExceptionGroup("batch", [
        ValueError("bad value"),
        ExceptionGroup("io", [OSError("disk"), TimeoutError("slow")]),
        KeyError("k"),
    ])

try:
    try:
        work()
    except* ValueError as g:
        print("values:", repr(g))  # expect: values: ExceptionGroup('batch', [ValueError('bad value')])
    except* OSError as g:
        print("os errors:", repr(g))  # expect: os errors: ExceptionGroup('batch', [ExceptionGroup('io', [OSError('disk'), TimeoutError('slow')])])
except* KeyError as g:
    print("outer keys:", repr(g))  # expect: outer keys: ExceptionGroup('batch', [KeyError('k')])

eg = ExceptionGroup("top", [ValueError(1), TypeError(2), ValueError(3)])
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))  # expect: ExceptionGroup('top', [ValueError(1), ValueError(3)]) ExceptionGroup('top', [TypeError(2)])
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))), eg.subgroup(lambda e: False))  # expect: ExceptionGroup('top', [TypeError(2)]) None
print(len(eg.exceptions), eg.message, str(eg), isinstance(eg, Exception))  # expect: 3 top top (3 sub-exceptions) True
try:
    raise ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)  # expect: Cannot nest BaseExceptions in an ExceptionGroup
try:
    try:
        raise ExceptionGroup("g", [ValueError("v"), TypeError("t")])
    except* ValueError:
        raise RuntimeError("replaced")
except ExceptionGroup as e:
    print(repr(e), [type(x).__name__ for x in e.exceptions])  # expect: ExceptionGroup('', [RuntimeError('replaced'), ExceptionGroup('g', [TypeError('t')])]) ['RuntimeError', 'ExceptionGroup']
