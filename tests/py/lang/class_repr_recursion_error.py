# A __repr__ that reaches itself again never finishes: RecursionError, not "...".
class Node:
    def __init__(self):
        self.child = self
    def __repr__(self):
        return f"Node({self.child!r})"

class Leaf:
    def __repr__(self):
        return "Leaf()"

class Tree:
    def __init__(self, kids):
        self.kids = kids
    def __repr__(self):
        return f"Tree({self.kids!r})"

print(Tree([Leaf(), Tree([Leaf()])]))  # expect: Tree([Leaf(), Tree([Leaf()])])
items = [1]
items.append(items)
print(items)  # expect: [1, [...]]
try:
    repr(Node())
except RecursionError:
    print("RecursionError")  # expect: RecursionError
