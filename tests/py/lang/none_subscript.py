# Subscripting None, usually a function that forgot to return.
def load():
    data = [1, 2]

def first():
    return load()[0]

first()
# expect runtime error: TypeError: 'NoneType' object is not subscriptable
