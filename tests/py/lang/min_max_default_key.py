# min/max take one iterable or several arguments, a key, and a default for empty input.
print(min(3, 1, 2), max([3, 1, 2]), min("hello"), max("a", "B"), min([], default="none"), max((), default=0))  # expect: 1 3 e a none 0
print(max(["apple", "fig", "banana"], key=len), min({"a": 3, "b": 1}.items(), key=lambda kv: kv[1]))  # expect: banana ('b', 1)
print(max([1, -7, 3], key=abs), min([1, -7, 3], key=abs), max([(1, "b"), (1, "a")]), max([2, 2.0]), max([2.0, 2]))  # expect: -7 1 (1, 'b') 2 2.0
scores = {"ann": 90, "bob": 95}
print(max(scores, key=scores.get), min(scores.values()))  # expect: bob 90
for bad in [lambda: min([]), lambda: max(5), lambda: min(1, "a"), lambda: max(1, 2, default=0), lambda: max()]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
        # expect: ValueError min() arg is an empty sequence
        # expect: TypeError 'int' object is not iterable
        # expect: TypeError '<' not supported between instances of 'str' and 'int'
        # expect: TypeError Cannot specify a default for max() with multiple positional arguments
        # expect: TypeError max expected at least 1 argument, got 0
