# try/finally with return, break and continue: a continue in finally cancels the return; return in finally wins
def f1():
    try:
        raise ValueError("a")
    finally:
        print("finally before propagating")
try: f1()
except ValueError as e: print("got", e)
def f2():
    try:
        raise ValueError("a")
    finally:
        raise TypeError("b")
try: f2()
except TypeError as e: print(repr(e), repr(e.__context__))
def f3():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "end"
print(f3())
def f4():
    try:
        return "try"
    finally:
        return "finally"
print(f4())
def f5():
    x = 0
    try:
        x = 1
        return x
    finally:
        x = 2
        print("x in finally", x)
print(f5())
def f6():
    while True:
        try:
            break
        finally:
            print("break runs finally")
    return "after"
print(f6())
def f7():
    try:
        try:
            raise KeyError("k")
        except KeyError:
            raise ValueError("v")
        finally:
            print("inner finally")
    except ValueError as e:
        return repr(e.__context__)
print(f7())
def f8():
    try:
        pass
    except Exception:
        print("no")
    else:
        return "else"
    finally:
        print("fin")
print(f8())
def f9():
    e = None
    try:
        1 / 0
    except ZeroDivisionError as e:
        pass
    return e
try: print(f9())
except UnboundLocalError as err: print(err)
def f10():
    try:
        raise ValueError
    except ValueError:
        try:
            raise TypeError
        except TypeError:
            pass
        raise
try: f10()
except Exception as e: print("reraised", type(e).__name__)
class CM(Exception):
    pass
try:
    raise CM("one") from ValueError("cause")
except CM as e:
    print(e, repr(e.__cause__), e.__suppress_context__)
def g():
    try:
        yield_like = [1]
        return yield_like[5]
    except IndexError:
        return "index"
    finally:
        print("g finally")
print(g())
for i in range(3):
    try:
        if i == 1:
            raise RuntimeError(i)
    except RuntimeError as e:
        print("caught", e)
        continue
    finally:
        print("loop finally", i)
    print("body end", i)
# expect: finally before propagating
# expect: got a
# expect: TypeError('b') ValueError('a')
# expect: 1
# expect: finally
# expect: x in finally 2
# expect: 1
# expect: break runs finally
# expect: after
# expect: inner finally
# expect: KeyError('k')
# expect: fin
# expect: else
# expect: cannot access local variable 'e' where it is not associated with a value
# expect: reraised ValueError
# expect: one ValueError('cause') True
# expect: g finally
# expect: index
# expect: loop finally 0
# expect: body end 0
# expect: caught 1
# expect: loop finally 1
# expect: loop finally 2
# expect: body end 2
