# A decorated function.
# expect error: 7:1: '@' decorators are not supported by looplab (see looplab help python)
def trace(f):
    return f

print("decorating")
@trace
def work():
    return 1
