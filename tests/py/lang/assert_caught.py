# AssertionError carries the message in args; a passing assert does nothing.
assert True, "never evaluated"
try:
    assert 1 > 2, "math broke"
except AssertionError as e:
    print(e, e.args)  # expect: math broke ('math broke',)
try:
    assert []
except AssertionError as e:
    print(repr(e))  # expect: AssertionError()
