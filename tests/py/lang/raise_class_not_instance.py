# raise ValueError is the same as raise ValueError().
try:
    raise ValueError
except ValueError as e:
    print(repr(e), repr(str(e)), e.args)  # expect: ValueError() '' ()
try:
    raise ValueError("a", 1)
except ValueError as e:
    print(e)  # expect: ('a', 1)
    print(e.args)  # expect: ('a', 1)
