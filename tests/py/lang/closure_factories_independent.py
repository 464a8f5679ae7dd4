# Each call of a factory makes a new cell: the counters do not share state.
def make_counter(start=0):
    count = start
    def step(by=1):
        nonlocal count
        count += by
        return count
    return step

a = make_counter()
b = make_counter(100)
print(a(), a(), a(5))  # expect: 1 2 7
print(b(), b(-50))  # expect: 101 51
print(a())  # expect: 8
