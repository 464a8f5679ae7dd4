# lambda expressions.
double = lambda x: x * 2
print(double(4))  # expect: 8
print((lambda a, b=10: a + b)(1))  # expect: 11
print((lambda *a, **k: (a, k))(1, x=2))  # expect: ((1,), {'x': 2})
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))  # expect: ['ccc', 'bb', 'a']
print((lambda: "no args")())  # expect: no args
make = lambda n: lambda x: x + n
print(make(3)(4))  # expect: 7
print(type(double).__name__)  # expect: function
