# Methods receive the instance as self; bound methods can be stored.
class Counter:
    def __init__(self):
        self.n = 0

    def add(self, k=1):
        self.n += k
        return self

    def value(self):
        return self.n

c = Counter()
c.add().add(5)
print(c.value())  # expect: 6
inc = c.add
inc(10)
print(c.n)  # expect: 16
Counter.add(c, 4)
print(c.value())  # expect: 20
