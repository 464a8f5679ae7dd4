# The messages of common built-in errors.
def show(f):
    try:
        f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")

show(lambda: [][0])  # expect: IndexError: list index out of range
show(lambda: ()[0])  # expect: IndexError: tuple index out of range
show(lambda: {}["k"])  # expect: KeyError: 'k'
show(lambda: None.attr)  # expect: AttributeError: 'NoneType' object has no attribute 'attr'
show(lambda: 1 + "a")  # expect: TypeError: unsupported operand type(s) for +: 'int' and 'str'
show(lambda: "a" * "b")  # expect: TypeError: can't multiply sequence by non-int of type 'str'
show(lambda: [1] + (2,))  # expect: TypeError: can only concatenate list (not "tuple") to list
show(lambda: None[0])  # expect: TypeError: 'NoneType' object is not subscriptable
show(lambda: 1 < "a")  # expect: TypeError: '<' not supported between instances of 'int' and 'str'
show(lambda: -"a")  # expect: TypeError: bad operand type for unary -: 'str'
show(lambda: list(5))  # expect: TypeError: 'int' object is not iterable
show(lambda: [].index(3))  # expect: ValueError: 3 is not in list
show(lambda: int("x1"))  # expect: ValueError: invalid literal for int() with base 10: 'x1'
show(lambda: missing_name)  # expect: NameError: name 'missing_name' is not defined
show(lambda: {}.pop("p"))  # expect: KeyError: 'p'
show(lambda: {[]: 1})  # expect: TypeError: unhashable type: 'list'
show(lambda: sum(["a"]))  # expect: TypeError: unsupported operand type(s) for +: 'int' and 'str'
