# A subclass overrides a method and calls the base version explicitly or with super().
class Shape:
    def __init__(self, name):
        self.name = name
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must define area()")
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, side):
        Rect.__init__(self, side, side)
        self.name = "square"
class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
    def describe(self):
        return super().describe().upper()
for s in [Rect(2, 3), Square(2), Circle(1)]:
    print(s.describe())
    # expect: rect with area 6.00
    # expect: square with area 4.00
    # expect: CIRCLE WITH AREA 3.14
print(Square(3).area(), isinstance(Square(1), Rect), Square.__mro__[1].__name__)  # expect: 9 True Rect
Shape("blob").describe()
# expect runtime error: NotImplementedError: Shape must define area()
