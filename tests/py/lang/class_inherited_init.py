# A subclass without __init__ uses its parent's.
class Shape:
    def __init__(self, name):
        self.name = name

class Square(Shape):
    def area(self, side):
        return side * side

sq = Square("sq")
print(sq.name, sq.area(3))  # expect: sq 9
