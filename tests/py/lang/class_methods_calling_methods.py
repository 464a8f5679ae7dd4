# Methods call each other through self, and objects hold other objects.
class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        if self.is_empty():
            return None
        return self.items.pop()

    def is_empty(self):
        return len(self.items) == 0

    def __repr__(self):
        return f"Stack({self.items})"

s = Stack()
for n in (1, 2, 3):
    s.push(n)
print(s.pop(), s)  # expect: 3 Stack([1, 2])
s.pop(); s.pop()
print(s.pop(), s.is_empty())  # expect: None True
