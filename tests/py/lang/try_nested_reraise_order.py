# Inner finally runs before the outer handler.
try:
    try:
        raise KeyError("k")
    finally:
        print("inner finally")  # expect: inner finally
except KeyError as e:
    print("outer except", e)  # expect: outer except 'k'
finally:
    print("outer finally")  # expect: outer finally
