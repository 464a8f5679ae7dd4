# "Did you mean" picks from the frame locals that are not cells, then globals, then builtins
def outer():
    counter = 0
    def inner():
        return countr
    return inner()
outer()
# expect runtime error: NameError: name 'countr' is not defined
