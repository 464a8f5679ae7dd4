def f():
    try:
        f()
    except BaseException:
        f()
f()
