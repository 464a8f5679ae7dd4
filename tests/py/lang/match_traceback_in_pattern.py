# An error raised while matching a nested sub-pattern (a property read by a class pattern) is reported there.
class D:
    __match_args__ = ("a",)
    @property
    def a(self):
        return 1 / 0
def f(v):
    match v:
        case [
          D(x)]:
            pass
f([D()])
# expect runtime error: ZeroDivisionError: division by zero
