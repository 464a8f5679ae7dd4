# An undefined name, three calls deep.
def first():
    return second()

def second():
    return third()

def third():
    return undefined_thing + 1

print("before")  # expect: before
first()
# expect runtime error: NameError: name 'undefined_thing' is not defined
