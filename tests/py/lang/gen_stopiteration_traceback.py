# The RuntimeError of PEP 479 is chained to the StopIteration it replaces.
def first(items):
    it = iter(items)
    yield next(it)

print(list(first([7])))  # expect: [7]
list(first([]))
# expect runtime error: RuntimeError: generator raised StopIteration
