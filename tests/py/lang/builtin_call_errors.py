# builtins called wrongly: the TypeError/ValueError messages
tests = [
    lambda: len(5), lambda: len(), lambda: len([], []), lambda: abs("x"), lambda: round("x"), lambda: round(1.5, "x"),
    lambda: sum(5), lambda: sorted(5), lambda: sorted([1], key=5), lambda: min(5), lambda: list(5), lambda: tuple(None),
    lambda: dict(5), lambda: set(5), lambda: enumerate(5), lambda: zip(5), lambda: list(map(5, [1])),
    lambda: list(filter(5, [1])), lambda: iter(5), lambda: next(5), lambda: next(iter([])),
    lambda: isinstance(1, 5), lambda: isinstance(1, (int, 5)), lambda: issubclass(1, int), lambda: hash([]), lambda: hash({}),
    lambda: chr("a"), lambda: ord(5), lambda: ord(""), lambda: divmod("a", 1), lambda: pow("a", 2), lambda: str(b"x", "bad"),
    lambda: int([]), lambda: float("x"), lambda: bool(1, 2), lambda: range(1.5), lambda: range(), lambda: range(1, 2, 0),
    lambda: getattr(1), lambda: getattr(1, 2), lambda: setattr(1, "x", 2), lambda: hasattr(1, 2), lambda: callable(),
    lambda: repr(), lambda: input(1, 2), lambda: reversed(5), lambda: type(), lambda: type(1, 2), lambda: max(1, key=len),
    lambda: enumerate([], "x"), lambda: [].sort(key=1), lambda: sorted([1, 2], key=lambda a, b: 0), lambda: hex(1.5), lambda: bin("1"),
    lambda: format(1, 2), lambda: list(range(3))[1:2:0], lambda: "abc"[::0], lambda: slice(), lambda: print(1, sep=5),
    lambda: next(iter([]), "default"), lambda: next(iter([1]), "d"), lambda: iter([1], 2), lambda: id(), lambda: vars(1),
]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)
# expect: 0 TypeError object of type 'int' has no len()
# expect: 1 TypeError len() takes exactly one argument (0 given)
# expect: 2 TypeError len() takes exactly one argument (2 given)
# expect: 3 TypeError bad operand type for abs(): 'str'
# expect: 4 TypeError type str doesn't define __round__ method
# expect: 5 TypeError 'str' object cannot be interpreted as an integer
# expect: 6 TypeError 'int' object is not iterable
# expect: 7 TypeError 'int' object is not iterable
# expect: 8 TypeError 'int' object is not callable
# expect: 9 TypeError 'int' object is not iterable
# expect: 10 TypeError 'int' object is not iterable
# expect: 11 TypeError 'NoneType' object is not iterable
# expect: 12 TypeError 'int' object is not iterable
# expect: 13 TypeError 'int' object is not iterable
# expect: 14 TypeError 'int' object is not iterable
# expect: 15 TypeError 'int' object is not iterable
# expect: 16 TypeError 'int' object is not callable
# expect: 17 TypeError 'int' object is not callable
# expect: 18 TypeError 'int' object is not iterable
# expect: 19 TypeError 'int' object is not an iterator
# expect: 20 StopIteration 
# expect: 21 TypeError isinstance() arg 2 must be a type, a tuple of types, or a union
# expect: 22 True
# expect: 23 TypeError issubclass() arg 1 must be a class
# expect: 24 TypeError unhashable type: 'list'
# expect: 25 TypeError unhashable type: 'dict'
# expect: 26 TypeError 'str' object cannot be interpreted as an integer
# expect: 27 TypeError ord() expected string of length 1, but int found
# expect: 28 TypeError ord() expected a character, but string of length 0 found
# expect: 29 TypeError unsupported operand type(s) for divmod(): 'str' and 'int'
# expect: 30 TypeError unsupported operand type(s) for ** or pow(): 'str' and 'int'
# expect: 31 LookupError unknown encoding: bad
# expect: 32 TypeError int() argument must be a string, a bytes-like object or a real number, not 'list'
# expect: 33 ValueError could not convert string to float: 'x'
# expect: 34 TypeError bool expected at most 1 argument, got 2
# expect: 35 TypeError 'float' object cannot be interpreted as an integer
# expect: 36 TypeError range expected at least 1 argument, got 0
# expect: 37 ValueError range() arg 3 must not be zero
# expect: 38 TypeError getattr expected at least 2 arguments, got 1
# expect: 39 TypeError attribute name must be string, not 'int'
# expect: 40 AttributeError 'int' object has no attribute 'x'
# expect: 41 TypeError attribute name must be string, not 'int'
# expect: 42 TypeError callable() takes exactly one argument (0 given)
# expect: 43 TypeError repr() takes exactly one argument (0 given)
# expect: 44 TypeError input expected at most 1 argument, got 2
# expect: 45 TypeError 'int' object is not reversible
# expect: 46 TypeError type() takes 1 or 3 arguments
# expect: 47 TypeError type() takes 1 or 3 arguments
# expect: 48 TypeError 'int' object is not iterable
# expect: 49 TypeError 'str' object cannot be interpreted as an integer
# expect: 50 None
# expect: 51 TypeError <lambda>.<locals>.<lambda>() missing 1 required positional argument: 'b'
# expect: 52 TypeError 'float' object cannot be interpreted as an integer
# expect: 53 TypeError 'str' object cannot be interpreted as an integer
# expect: 54 TypeError format() argument 2 must be str, not int
# expect: 55 ValueError slice step cannot be zero
# expect: 56 ValueError slice step cannot be zero
# expect: 57 TypeError slice expected at least 1 argument, got 0
# expect: 58 TypeError sep must be None or a string, not int
# expect: 59 'default'
# expect: 60 1
# expect: 61 TypeError iter(v, w): v must be callable
# expect: 62 TypeError id() takes exactly one argument (0 given)
# expect: 63 TypeError vars() argument must have __dict__ attribute
