# assert raises AssertionError with the message expression, if any.
def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    assert x > 0
    return x

for value in [3, "3", -1]:
    try:
        print(check(value))  # expect: 3
    except AssertionError as e:
        print("AssertionError", repr(e), e.args)
        # expect: AssertionError AssertionError('expected int, got str') ('expected int, got str',)
        # expect: AssertionError AssertionError() ()
items = []
assert not items, "list should start empty"
assert len(items) == 1, f"len is {len(items)}"
# expect runtime error: AssertionError: len is 0
