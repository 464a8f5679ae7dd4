# Generator methods in a class, and __iter__ written as a generator.
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

c = Countdown(3)
print(list(c))  # expect: [3, 2, 1]
print(list(c))  # expect: [3, 2, 1]
print(3 in c, 5 in c)  # expect: True False
