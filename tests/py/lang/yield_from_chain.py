# yield from chains iterables (was a refusal test).
def chain(a, b):
    yield from a
    yield from b

print(list(chain([1, 2], "ab")))  # expect: [1, 2, 'a', 'b']
