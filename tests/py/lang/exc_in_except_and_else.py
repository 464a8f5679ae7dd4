# An error inside except replaces the first one (keeping it as __context__);
# else runs only without an exception and is not protected by the except.
def risky(n):
    try:
        result = 10 / n
    except ZeroDivisionError:
        print("dividing by zero")
        result = None
    else:
        print("no error, result", result)
    finally:
        print("done with", n)
    return result

print(risky(2), risky(0))
# expect: no error, result 5.0
# expect: done with 2
# expect: dividing by zero
# expect: done with 0
# expect: 5.0 None
def handler_fails():
    try:
        [][1]
    except IndexError as e:
        print("handling", repr(e))
        return {}["k"]
try:
    handler_fails()  # expect: handling IndexError('list index out of range')
except KeyError as e:
    print("KeyError", e, "context", repr(e.__context__))  # expect: KeyError 'k' context IndexError('list index out of range')
try:
    raise TypeError("t")
except ValueError:
    print("not this")
except (TypeError, KeyError) as e:
    print("tuple caught", type(e).__name__)  # expect: tuple caught TypeError
except Exception:
    print("not reached")
handler_fails()  # expect: handling IndexError('list index out of range')
# expect runtime error: KeyError: 'k'
