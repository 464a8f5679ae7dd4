# One handler for several types.
def risky(kind):
    if kind == 1:
        raise ValueError("v")
    if kind == 2:
        raise TypeError("t")
    if kind == 3:
        raise KeyError("k")
    return "fine"

for kind in range(4):
    try:
        print(risky(kind))
    except (ValueError, TypeError) as e:
        print("value/type:", type(e).__name__, e)
    except KeyError as e:
        print("lookup:", repr(e))
# expect: fine
# expect: value/type: ValueError v
# expect: value/type: TypeError t
# expect: lookup: KeyError('k')
