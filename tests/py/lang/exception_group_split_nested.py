# exception groups: split/subgroup on nested groups, except* matching, re-raise, constructor errors
def show(label, eg, indent=0):
    print(" " * indent + label, repr(eg) if not isinstance(eg, BaseExceptionGroup) else f"{type(eg).__name__}({eg.message!r}, {len(eg.exceptions)})")
    if isinstance(eg, BaseExceptionGroup):
        for e in eg.exceptions:
            show("-", e, indent + 2)
eg = ExceptionGroup("outer", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
show("eg", eg)
# expect: eg ExceptionGroup('outer', 3)
# expect:   - ValueError(1)
# expect:   - TypeError(2)
# expect:   - ExceptionGroup('inner', 2)
# expect:     - ValueError(3)
# expect:     - KeyError(4)
match, rest = eg.split(ValueError)
show("match", match); show("rest", rest)
# expect: match ExceptionGroup('outer', 2)
# expect:   - ValueError(1)
# expect:   - ExceptionGroup('inner', 1)
# expect:     - ValueError(3)
# expect: rest ExceptionGroup('outer', 2)
# expect:   - TypeError(2)
# expect:   - ExceptionGroup('inner', 1)
# expect:     - KeyError(4)
match, rest = eg.split((KeyError, TypeError))
show("match", match); show("rest", rest)
# expect: match ExceptionGroup('outer', 2)
# expect:   - TypeError(2)
# expect:   - ExceptionGroup('inner', 1)
# expect:     - KeyError(4)
# expect: rest ExceptionGroup('outer', 2)
# expect:   - ValueError(1)
# expect:   - ExceptionGroup('inner', 1)
# expect:     - ValueError(3)
print(eg.split(OSError))  # expect: (None, ExceptionGroup('outer', [ValueError(1), TypeError(2), ExceptionGroup('inner', [ValueError(3), KeyError(4)])]))
print(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1))  # expect: outer (1 sub-exception)
print(eg.subgroup(lambda e: True) is eg)  # expect: True
try:
    try:
        raise eg
    except* ValueError as g:
        print("V", repr(g))  # expect: V ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [ValueError(3)])])
    except* KeyError as g:
        print("K", repr(g))  # expect: K ExceptionGroup('outer', [ExceptionGroup('inner', [KeyError(4)])])
except ExceptionGroup as left:
    print("left", repr(left))  # expect: left ExceptionGroup('outer', [TypeError(2)])
try:
    raise ValueError("naked")
except* ValueError as g:
    print("wrapped", repr(g), repr(g.exceptions[0]))  # expect: wrapped ExceptionGroup('', (ValueError('naked'),)) ValueError('naked')
try:
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* ValueError:
        raise TypeError("new")
except ExceptionGroup as g:
    print("raised in except*:", repr(g), repr(g.exceptions[0].__context__))
try:
    try:
        raise ExceptionGroup("x", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as g:
    print("bare raise:", repr(g))
print(repr(BaseExceptionGroup("b", [KeyboardInterrupt()])), type(BaseExceptionGroup("b", [ValueError()])).__name__)
for bad in (("m", []), ("m", [1]), (1, [ValueError()]), ("m", ValueError())):
    try:
        ExceptionGroup(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
e = ExceptionGroup("msg", [ValueError("a")])
print(str(e), e.args, e.message, e.exceptions)
try:
    try:
        raise ValueError(1)
    except* (ValueError, TypeError) as g:
        print(type(g).__name__, g.exceptions)
except Exception as x:
    print("?", x)
# expect runtime error: TypeError: new
