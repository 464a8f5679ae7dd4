# "Did you mean" suggestions on an uncaught NameError or AttributeError (suggest_global_typo.py)
counter = 1
print(countr)
# expect runtime error: NameError: name 'countr' is not defined. Did you mean: 'counter'?
