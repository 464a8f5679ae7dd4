# A bare raise with nothing being handled.
def oops():
    raise

print("calling")  # expect: calling
oops()
# expect runtime error: RuntimeError: No active exception to reraise
