# isinstance with single types and tuples of types.
print(isinstance(3, int), isinstance(3.0, int))  # expect: True False
print(isinstance(3.0, (int, float)))  # expect: True
print(isinstance(True, int), isinstance(1, bool))  # expect: True False
print(isinstance("s", str), isinstance([], list), isinstance({}, dict))  # expect: True True True
print(isinstance((), tuple), isinstance(set(), set), isinstance(None, int))  # expect: True True False
print(isinstance(ValueError("x"), Exception))  # expect: True
print(isinstance(RecursionError(), RuntimeError), isinstance(KeyError(), IndexError))  # expect: True False
