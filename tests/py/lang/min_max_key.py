# min and max: iterables or several arguments, key, default; ties keep the first.
print(min(3, 1, 2), max([3, 1, 2]))  # expect: 1 3
words = ["bb", "a", "cc", "d"]
print(min(words, key=len), max(words, key=len))  # expect: a bb
print(max([], default=None))  # expect: None
print(min("hello"))  # expect: e
print(max({"a": 1, "b": 5}.items(), key=lambda kv: kv[1]))  # expect: ('b', 5)
print(max(1, 2.5, key=lambda x: -x))  # expect: 1
print(max([1, 1.0]), max([1.0, 1]))  # expect: 1 1.0
