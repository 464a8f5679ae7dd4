# finally with continue/break/return, except/else/finally order and context
def f():
    try:
        1 / 0
    finally:
        print("finally in f")
def g():
    try:
        f()
    except ZeroDivisionError as e:
        print("g caught", e)
        raise ValueError("from g")
    else:
        print("no")
    finally:
        print("g finally")
try:
    g()
except ValueError as e:
    print(e, repr(e.__context__), e.__cause__)
def h():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
    else:
        print("else")
    return "done"
print(h())
def k():
    try:
        return "try"
    finally:
        print("k finally")
print(k())
def m(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print("zero")
        return None
    else:
        print("else", r)
        return r
    finally:
        print("cleanup", x)
print(m(0), m(4))
# expect: finally in f
# expect: g caught division by zero
# expect: g finally
# expect: from g ZeroDivisionError('division by zero') None
# expect: body 0
# expect: fin 0
# expect: fin 1
# expect: body 2
# expect: fin 2
# expect: fin 3
# expect: done
# expect: k finally
# expect: try
# expect: zero
# expect: cleanup 0
# expect: else 2.5
# expect: cleanup 4
# expect: None 2.5
