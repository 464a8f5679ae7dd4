# Reading one past the end, through two calls.
def last_plus_one(xs):
    return xs[len(xs)]

def show(xs):
    print(last_plus_one(xs))

print([1, 2, 3][-1])  # expect: 3
show([1, 2, 3])
# expect runtime error: IndexError: list index out of range
