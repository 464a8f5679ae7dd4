# Decorators: expressions evaluated top to bottom, applied bottom to top; factories, class decorators, property/staticmethod/classmethod by decorator, and a decorator that raises (traceback at the '@' line).
def tag(label):
    print("evaluating", label)
    def deco(f):
        print("applying", label, "to", f.__name__)
        def wrapper(*args, **kwargs):
            return f"<{label}>" + f(*args, **kwargs) + f"</{label}>"
        wrapper.__name__ = f.__name__
        return wrapper
    return deco

@tag("b")
@tag("i")
def hello(name):
    return "hi " + name

print(hello("ann"))
print(hello.__name__)

registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls

@register
class Plugin:
    def run(self):
        return "plugin ran"

print(sorted(registry), registry["Plugin"]().run())

class Temperature:
    def __init__(self, c):
        self._c = c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self._c = (f - 32) * 5 / 9

    @staticmethod
    def unit():
        return "C"

    @classmethod
    def freezing(cls):
        return cls(0)

t = Temperature.freezing()
print(t.fahrenheit, Temperature.unit())
t.fahrenheit = 212
print(t._c)

def bad(f):
    raise ValueError("decorator refused " + f.__name__)

@tag("x")
@bad
def never():
    pass
# expect: evaluating b
# expect: evaluating i
# expect: applying i to hello
# expect: applying b to hello
# expect: <b><i>hi ann</i></b>
# expect: hello
# expect: ['Plugin'] plugin ran
# expect: 32.0 C
# expect: 100.0
# expect: evaluating x
# expect runtime error: ValueError: decorator refused never
