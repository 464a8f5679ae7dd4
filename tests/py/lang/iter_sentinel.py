# iter(callable, sentinel) and the __getitem__ iterator stopping for good
data = [3, 1, 4, 1, 5, 0, 9]
pos = 0
def read():
    global pos
    pos += 1
    return data[pos - 1]
it = iter(read, 0)
print(type(it).__name__, list(it), pos, list(it), pos)  # expect: callable_iterator [3, 1, 4, 1, 5] 6 [] 6
calls = []
def gen():
    calls.append(1)
    if len(calls) > 3:
        raise StopIteration
    return len(calls)
print(list(iter(gen, 99)), len(calls), next(iter(gen, 99), "done"), len(calls))  # expect: [1, 2, 3] 4 done 5
class Counter:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print([x for x in iter(Counter(), 4)])  # expect: [1, 2, 3]
print(list(iter([1, 2].pop, 1)))  # expect: [2]
for bad in (5, "x", None):
    try: iter(bad, 1)
    except TypeError as e: print(e)
    # expect: iter(v, w): v must be callable
    # expect: iter(v, w): v must be callable
    # expect: iter(v, w): v must be callable
def boom():
    raise ValueError("bad")
try: next(iter(boom, 1))
except ValueError as e: print(e)  # expect: bad
class Seq:
    def __getitem__(self, i):
        print("get", i)
        if i > 1: raise IndexError
        return i
s = iter(Seq())
print(type(s).__name__, list(s), list(s))
# expect: get 0
# expect: get 1
# expect: get 2
# expect: iterator [0, 1] []
