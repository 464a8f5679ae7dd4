# Positional-only parameters (the / marker).
# expect error: 3:14: '/' positional-only parameters are not supported by looplab (see looplab help python)
def clamp(x, /, low=0, high=1):
    return max(low, min(x, high))
