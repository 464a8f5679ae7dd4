# Lambdas made in a comprehension all see the final value of the variable.
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])  # expect: [2, 2, 2]
fixed = [lambda i=i: i for i in range(3)]
print([f() for f in fixed])  # expect: [0, 1, 2]
