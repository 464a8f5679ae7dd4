# A comprehension's variable does not leak, but it can read enclosing names.
x = "outer"
squares = [x * 2 for x in range(3)]
print(x)  # expect: outer
print(squares)  # expect: [0, 2, 4]
factor = 10
print([n * factor for n in range(3)])  # expect: [0, 10, 20]
def f():
    k = 3
    return [k + i for i in range(2)]
print(f())  # expect: [3, 4]
try:
    [y for y in range(2)]
    print(y)
except NameError as e:
    print(e)  # expect: name 'y' is not defined
