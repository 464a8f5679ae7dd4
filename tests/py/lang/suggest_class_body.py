# "Did you mean" suggestions on an uncaught NameError or AttributeError (suggest_class_body.py)
class Config:
    debug_mode = True
    level = debug_mod
# expect runtime error: NameError: name 'debug_mod' is not defined
