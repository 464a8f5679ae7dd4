# The same parameter given positionally and by keyword.
def scale(value, factor=2):
    return value * factor

print(scale(3, factor=3))  # expect: 9
scale(3, value=4)
# expect runtime error: TypeError: scale() got multiple values for argument 'value'
