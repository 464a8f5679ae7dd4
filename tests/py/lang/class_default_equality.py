# Without __eq__, two instances are equal only if they are the same object.
class P:
    def __init__(self, x):
        self.x = x

a = P(1)
b = P(1)
print(a == b, a == a, a is a)  # expect: False True True
print(a != b)  # expect: True
print(a in [b], a in [a])  # expect: False True
