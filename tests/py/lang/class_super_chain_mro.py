# super() walks up the chain; each class adds its part.
class Base:
    def __init__(self):
        self.log = ["Base"]
    def describe(self):
        return "base"
class Middle(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Middle")
    def describe(self):
        return "middle<" + super().describe() + ">"
class Leaf(Middle):
    def __init__(self):
        super().__init__()
        self.log.append("Leaf")
    def describe(self):
        return "leaf<" + super().describe() + ">"

leaf = Leaf()
print(leaf.log, leaf.describe())  # expect: ['Base', 'Middle', 'Leaf'] leaf<middle<base>>
print([c.__name__ for c in Leaf.__mro__])  # expect: ['Leaf', 'Middle', 'Base', 'object']
print(isinstance(leaf, Base), issubclass(Leaf, Middle), issubclass(Base, Leaf), type(leaf).__name__)  # expect: True True False Leaf
print(isinstance(leaf, (int, Middle)), isinstance(3, (str, float)))  # expect: True False
class NoInit(Base):
    pass
print(NoInit().log, NoInit.__base__.__name__ if hasattr(NoInit, "__base__") else "")  # expect: ['Base'] Base
