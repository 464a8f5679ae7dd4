# "Did you mean" suggestions on an uncaught NameError or AttributeError (suggest_local_typo.py)
def f():
    valu = 1
    return value
f()
# expect runtime error: NameError: name 'value' is not defined. Did you mean: 'valu'?
