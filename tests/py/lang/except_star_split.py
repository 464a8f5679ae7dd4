# except* runs each matching clause once with the matching part of the group.
try:
    raise ExceptionGroup("batch", [ValueError("a"), TypeError("b"), ValueError("c")])
except* ValueError as eg:
    print(repr(eg))  # expect: ExceptionGroup('batch', [ValueError('a'), ValueError('c')])
except* TypeError as eg:
    print(repr(eg))  # expect: ExceptionGroup('batch', [TypeError('b')])
print("done")  # expect: done
