# Raising the generic Exception.
def fail():
    raise Exception("something went wrong")

try:
    fail()
except Exception as e:
    print("first:", e)  # expect: first: something went wrong
fail()
# expect runtime error: Exception: something went wrong
