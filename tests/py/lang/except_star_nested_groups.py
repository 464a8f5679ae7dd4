# Splitting keeps the nesting of groups.
inner = ExceptionGroup("inner", [ValueError(1), KeyError(2)])
try:
    raise ExceptionGroup("outer", [inner, ValueError(3)])
except* ValueError as eg:
    print(repr(eg))  # expect: ExceptionGroup('outer', [ExceptionGroup('inner', [ValueError(1)]), ValueError(3)])
except* KeyError as eg:
    print(repr(eg))  # expect: ExceptionGroup('outer', [ExceptionGroup('inner', [KeyError(2)])])
