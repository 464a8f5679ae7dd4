# "Did you mean" suggestions on an uncaught NameError or AttributeError (suggest_builtin_typo.py)
print(lenn([]))
# expect runtime error: NameError: name 'lenn' is not defined. Did you mean: 'len'?
