# an unhandled part of an exception group: the traceback of what except* left
def f():
    raise ExceptionGroup("many", [ValueError("v"), TypeError("t"), ExceptionGroup("nested", [KeyError("k")])])
try:
    f()
except* TypeError as t:
    print("handled", repr(t))  # expect: handled ExceptionGroup('many', [TypeError('t')])
# expect runtime error:       +------------------------------------
