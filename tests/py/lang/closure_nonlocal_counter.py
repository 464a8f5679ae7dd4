# nonlocal lets an inner function rebind a variable of its enclosing function.
def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1())  # expect: 1 2 3
print(c2())  # expect: 1
