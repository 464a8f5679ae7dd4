# A generator is an iterator: the second pass finds it exhausted.
def letters():
    yield "a"
    yield "b"

g = letters()
print(list(g))  # expect: ['a', 'b']
print(list(g))  # expect: []
print(iter(g) is g)  # expect: True
for x in g:
    print("never")
print("done")  # expect: done
