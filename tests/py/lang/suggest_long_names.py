# "Did you mean" suggestions on an uncaught NameError or AttributeError (suggest_long_names.py)
def f(very_long_parameter_name_number_one, b):
    return very_long_parameter_name_number_oen
f(1, 2)
# expect runtime error: NameError: name 'very_long_parameter_name_number_oen' is not defined. Did you mean: 'very_long_parameter_name_number_one'?
