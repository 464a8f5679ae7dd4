# An assignment expression in a while condition, inside a function.
# expect error: 6:18: ':=' assignment expressions are not supported by looplab (see looplab help python)
def drain(items):
    out = []
    while items:
        while (x := items.pop()) > 10:
            out.append(x)
    return out
