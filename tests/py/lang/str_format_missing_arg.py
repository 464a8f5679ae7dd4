# str.format with more fields than arguments.
template = "{} scored {}"
print(template.format("ann", 7))  # expect: ann scored 7
try:
    "{name}".format(nme="x")
except KeyError as e:
    print("KeyError", e)  # expect: KeyError 'name'
print(template.format("bo"))
# expect runtime error: IndexError: Replacement index 1 out of range for positional args tuple
