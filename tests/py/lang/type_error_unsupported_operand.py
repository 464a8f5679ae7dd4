# Adding incompatible types, three calls deep.
def add(a, b):
    return a + b

def total(items):
    result = 0
    for item in items:
        result = add(result, item)
    return result

def report(items):
    print("total:", total(items))

report([1, 2])  # expect: total: 3
report([1, "2"])
# expect runtime error: TypeError: unsupported operand type(s) for +: 'int' and 'str'
