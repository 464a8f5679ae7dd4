# ExceptionGroup.split and subgroup by type.
eg = ExceptionGroup("g", [ValueError("a"), TypeError("b")])
matched, rest = eg.split(ValueError)
print(repr(matched))  # expect: ExceptionGroup('g', [ValueError('a')])
print(repr(rest))  # expect: ExceptionGroup('g', [TypeError('b')])
print(eg.subgroup(KeyError))  # expect: None
print(repr(eg.subgroup(TypeError)))  # expect: ExceptionGroup('g', [TypeError('b')])
