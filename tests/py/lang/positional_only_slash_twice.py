# '/' may appear only once in a parameter list: a SyntaxError before anything runs.
print("never printed")
def f(a, /, b, /):
    pass
# expect runtime error: SyntaxError: / may appear only once
