# * and ** in calls spread sequences and dicts into arguments.
def f(a, b, c):
    return a * 100 + b * 10 + c

args = [1, 2, 3]
print(f(*args))  # expect: 123
print(f(1, *[2, 3]))  # expect: 123
print(f(**{"c": 3, "a": 1, "b": 2}))  # expect: 123
print(f(*(1,), **{"b": 2, "c": 3}))  # expect: 123
print(*args, sep="-")  # expect: 1-2-3
print(*"xyz")  # expect: x y z
