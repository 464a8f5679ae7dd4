# type(x).__name__ for the built-in types.
values = [1, 1.5, "s", True, None, [1], (1,), {"a": 1}, {1}, range(2)]
print([type(v).__name__ for v in values])  # expect: ['int', 'float', 'str', 'bool', 'NoneType', 'list', 'tuple', 'dict', 'set', 'range']
def f():
    pass
print(type(f).__name__, type(lambda: 0).__name__)  # expect: function function
print(type(ValueError("x")).__name__)  # expect: ValueError
print(type(3) == int, type(True) == int)  # expect: True False
print(int.__name__, str.__name__)  # expect: int str
