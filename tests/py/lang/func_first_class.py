# Functions are values: stored, passed and returned.
def double(x):
    return x * 2

def square(x):
    return x * x

ops = {"d": double, "s": square}
print(ops["s"](4))  # expect: 16
def apply_twice(f, x):
    return f(f(x))
print(apply_twice(double, 3))  # expect: 12
def compose(f, g):
    return lambda x: f(g(x))
print(compose(double, square)(3))  # expect: 18
print(type(double).__name__)  # expect: function
alias = double
print(alias(5))  # expect: 10
