# "Did you mean" suggestions on an uncaught NameError or AttributeError (suggest_attribute_error_fields.py)
try:
    "x".uppr
except AttributeError as e:
    print(e.name, e.obj, repr(e))  # expect: uppr x AttributeError("'str' object has no attribute 'uppr'")
print(hasattr("x", "uppr"), AttributeError("m").name, NameError("n").name)  # expect: False None None
del undefined_thing
# expect runtime error: NameError: name 'undefined_thing' is not defined
