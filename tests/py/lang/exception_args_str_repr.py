# str and repr of exceptions with zero, one and several arguments.
print(str(ValueError()), repr(ValueError()))  # expect:  ValueError()
print(str(ValueError("m")), repr(ValueError("m")))  # expect: m ValueError('m')
print(str(ValueError("a", 2)))  # expect: ('a', 2)
print(repr(RuntimeError("x", "y")))  # expect: RuntimeError('x', 'y')
print(str(KeyError("k")), str(KeyError(3)))  # expect: 'k' 3
print(repr(StopIteration(5)))  # expect: StopIteration(5)
print(ValueError("x").args)  # expect: ('x',)
print(f"{TypeError('t')!r} {TypeError('t')}")  # expect: TypeError('t') t
