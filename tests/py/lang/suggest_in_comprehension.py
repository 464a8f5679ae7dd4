# "Did you mean" suggestions on an uncaught NameError or AttributeError (suggest_in_comprehension.py)
values = [1, 2]
print([valuse for v in values])
# expect runtime error: NameError: name 'valuse' is not defined. Did you mean: 'values'?
