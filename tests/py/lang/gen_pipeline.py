# Generators chain into a lazy pipeline: each stage pulls one item at a time.
def source():
    for i in range(1, 4):
        print("source", i)
        yield i

def doubled(items):
    for x in items:
        yield x * 2

for y in doubled(source()):
    print("got", y)
# expect: source 1
# expect: got 2
# expect: source 2
# expect: got 4
# expect: source 3
# expect: got 6
