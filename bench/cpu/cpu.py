# CPU benchmark for looplab's mini-Python: loops, calls, closures, list/dict/str work.
# Prints one checksum line so looplab and CPython can be compared for correctness too.

def loops(n):
    total = 0
    i = 0
    while i < n:
        total += i % 7
        i += 1
    for j in range(n):
        total -= j & 3
    return total

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def make_adder(k):
    def add(x):
        return x + k
    return add

def closures(n):
    adders = [make_adder(k) for k in range(10)]
    s = 0
    for i in range(n):
        s += adders[i % 10](i)
    return s

def lists(n):
    xs = [i * 3 % 101 for i in range(n)]
    xs.sort()
    evens = [x for x in xs if x % 2 == 0]
    return sum(evens) + len(xs) + max(xs)

def dicts(n):
    d = {}
    for i in range(n):
        key = "k" + str(i % 1000)
        d[key] = d.get(key, 0) + i
    return len(d) + d["k7"]

def strings(n):
    parts = []
    for i in range(n):
        parts.append(f"{i}:{i * 2}")
    s = ",".join(parts)
    return len(s.split(",")) + s.count("1")

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y

def objects(n):
    t = 0
    for i in range(n):
        t += Point(i, i + 1).norm2() % 13
    return t

def bigints(n):
    squares = sum(i * i for i in range(n))        # passes 2**63 on the way
    f = 1
    for i in range(2, 1001):                      # factorial(1000): 2568 digits
        f *= i
    a, b = 0, 1
    for _ in range(2000):                         # fib(2000)
        a, b = b, a + b
    return (squares + len(str(f)) + a % 1000003 + pow(3, 10 ** 6, 2 ** 127 - 1)) % (10 ** 9 + 7)

print(loops(2000000), fib(25), closures(500000), lists(300000), dicts(300000), strings(200000), objects(300000),
      bigints(1000000))
