# What except* does not handle is re-raised as a smaller group.
try:
    try:
        raise ExceptionGroup("mixed", [ValueError("v"), KeyError("k")])
    except* ValueError:
        print("handled ValueError")  # expect: handled ValueError
except ExceptionGroup as rest:
    print("left over:", repr(rest))  # expect: left over: ExceptionGroup('mixed', [KeyError('k')])
