# AttributeError messages for instances, classes, modules and builtins.
import sys
class Point:
    def __init__(self, x):
        self.x = x
p = Point(1)
def attempt(thunk):
    try:
        thunk()
    except AttributeError as e:
        print(e)
attempt(lambda: p.y)  # expect: 'Point' object has no attribute 'y'
attempt(lambda: Point.y)  # expect: type object 'Point' has no attribute 'y'
attempt(lambda: (5).real_part)  # expect: 'int' object has no attribute 'real_part'
attempt(lambda: "s".push("x"))  # expect: 'str' object has no attribute 'push'
attempt(lambda: [].add(1))  # expect: 'list' object has no attribute 'add'
attempt(lambda: None.value)  # expect: 'NoneType' object has no attribute 'value'
attempt(lambda: {}.append)  # expect: 'dict' object has no attribute 'append'
attempt(lambda: sys.nothing)  # expect: module 'sys' has no attribute 'nothing'
attempt(lambda: print.name)  # expect: 'builtin_function_or_method' object has no attribute 'name'
print(getattr(p, "x"), getattr(p, "z", "default"), hasattr(p, "x"), hasattr(p, "z"))  # expect: 1 default True False
setattr(p, "z", 3)
print(p.z, vars(p))  # expect: 3 {'x': 1, 'z': 3}
delattr(p, "z")
print(hasattr(p, "z"))  # expect: False
p.missing_method()
# expect runtime error: AttributeError: 'Point' object has no attribute 'missing_method'
