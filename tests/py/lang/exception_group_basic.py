# An ExceptionGroup bundles several exceptions.
eg = ExceptionGroup("several", [ValueError("v"), TypeError("t")])
print(eg)  # expect: several (2 sub-exceptions)
print(repr(eg))  # expect: ExceptionGroup('several', [ValueError('v'), TypeError('t')])
print(eg.message)  # expect: several
print([type(e).__name__ for e in eg.exceptions])  # expect: ['ValueError', 'TypeError']
print(type(eg.exceptions).__name__)  # expect: tuple
single = ExceptionGroup("one", [KeyError("k")])
print(single)  # expect: one (1 sub-exception)
try:
    raise eg
except ExceptionGroup as caught:
    print("plain except sees", len(caught.exceptions))  # expect: plain except sees 2
