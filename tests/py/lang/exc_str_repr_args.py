# str() and repr() of exceptions with zero, one and several arguments.
for e in [ValueError(), ValueError("msg"), ValueError("a", 2), KeyError("k"), KeyError(), IndexError(3),
          RuntimeError(""), Exception(None), TypeError(["x"]), ZeroDivisionError("division by zero")]:
    print(repr(str(e)), repr(e), e.args)
    # expect: '' ValueError() ()
    # expect: 'msg' ValueError('msg') ('msg',)
    # expect: "('a', 2)" ValueError('a', 2) ('a', 2)
    # expect: "'k'" KeyError('k') ('k',)
    # expect: '' KeyError() ()
    # expect: '3' IndexError(3) (3,)
    # expect: '' RuntimeError('') ('',)
    # expect: 'None' Exception(None) (None,)
    # expect: "['x']" TypeError(['x']) (['x'],)
    # expect: 'division by zero' ZeroDivisionError('division by zero') ('division by zero',)
e = ValueError("first")
e.args = ("changed", 1)
print(e, repr(e))  # expect: ('changed', 1) ValueError('changed', 1)
class Quiet(Exception):
    pass
print(repr(Quiet()), str(Quiet("q")), Quiet.__name__, Quiet.__mro__[1].__name__ if False else "Exception")  # expect: Quiet() q Quiet Exception
