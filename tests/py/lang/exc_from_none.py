# raise ... from None hides the context (it is still recorded).
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise RuntimeError(f"no {k}") from None

try:
    lookup({}, "a")
except RuntimeError as e:
    print(e)  # expect: no a
    print(e.__cause__)  # expect: None
    print(type(e.__context__).__name__)  # expect: KeyError
    print(e.__suppress_context__)  # expect: True
lookup({}, "b")
# expect runtime error: RuntimeError: no b
