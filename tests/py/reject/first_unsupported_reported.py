# Only the first unsupported construct, in source order, is reported.
# expect error: 6:1: 'match' statements are not supported by looplab (see looplab help python)
print("starts")
def gen():
        yield 1
match gen:
    case _:
        pass
with open("x") as f:
    pass
