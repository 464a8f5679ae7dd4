# A decorator on a method, inside a class body.
# expect error: 4:5: '@' decorators are not supported by looplab (see looplab help python)
class Shape:
    @staticmethod
    def unit():
        return Shape()
