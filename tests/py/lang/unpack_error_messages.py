# The messages for unpacking the wrong number of values.
def attempt(thunk):
    try:
        thunk()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

def two(seq):
    a, b = seq
def three(seq):
    a, b, c = seq
def star(seq):
    a, *b, c, d = seq

attempt(lambda: two([1, 2, 3]))  # expect: ValueError too many values to unpack (expected 2)
attempt(lambda: three([1, 2]))  # expect: ValueError not enough values to unpack (expected 3, got 2)
attempt(lambda: star([1, 2]))  # expect: ValueError not enough values to unpack (expected at least 3, got 2)
attempt(lambda: two(5))  # expect: TypeError cannot unpack non-iterable int object
attempt(lambda: two(None))  # expect: TypeError cannot unpack non-iterable NoneType object
attempt(lambda: two("abc"))  # expect: ValueError too many values to unpack (expected 2)
attempt(lambda: two({}))  # expect: ValueError not enough values to unpack (expected 2, got 0)
three("ab")
# expect runtime error: ValueError: not enough values to unpack (expected 3, got 2)
