# "Did you mean" suggestions on an uncaught NameError or AttributeError (suggest_str_method.py)
"abc".uper()
# expect runtime error: AttributeError: 'str' object has no attribute 'uper'. Did you mean: 'upper'?
