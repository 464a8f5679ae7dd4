# Runaway recursion raises RecursionError, which can be caught.
def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError:
    print("deep")  # expect: deep
try:
    forever(0)
except RuntimeError as e:
    print(type(e).__name__, isinstance(e, RuntimeError))  # expect: RecursionError True
print("still running")  # expect: still running
