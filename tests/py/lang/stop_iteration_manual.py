# StopIteration and TimeoutError are ordinary exceptions when raised by hand.
try:
    raise StopIteration("exhausted")
except StopIteration as e:
    print("stop:", e)  # expect: stop: exhausted
try:
    raise TimeoutError("too slow")
except TimeoutError as e:
    print("timeout:", e)  # expect: timeout: too slow
try:
    raise OverflowError("too big")
except OverflowError as e:
    print(type(e).__name__, e)  # expect: OverflowError too big
