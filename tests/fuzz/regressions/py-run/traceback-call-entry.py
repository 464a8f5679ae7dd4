def f():
    pass

while True:
    try:
        while True:
            pass
    except BaseException:
        f()
