# How CPython counts arguments in its TypeErrors.
def area(width, height=1):
    return width * height

def point(x, y, *, label):
    return (x, y, label)

class Box:
    def size(self):
        return 3
    def scale(self, k):
        return k

def attempt(label, thunk):
    try:
        thunk()
    except TypeError as e:
        print(label, "->", e)

attempt("too many", lambda: area(1, 2, 3))  # expect: too many -> area() takes from 1 to 2 positional arguments but 3 were given
attempt("too few", lambda: area())  # expect: too few -> area() missing 1 required positional argument: 'width'
attempt("kw-only missing", lambda: point(1, 2))  # expect: kw-only missing -> point() missing 1 required keyword-only argument: 'label'
attempt("kw-only positional", lambda: point(1, 2, 3))  # expect: kw-only positional -> point() takes 2 positional arguments but 3 were given
attempt("two missing", lambda: point(label="p"))  # expect: two missing -> point() missing 2 required positional arguments: 'x' and 'y'
attempt("method extra", lambda: Box().size(1))  # expect: method extra -> Box.size() takes 1 positional argument but 2 were given
attempt("method missing", lambda: Box().scale())  # expect: method missing -> Box.scale() missing 1 required positional argument: 'k'
attempt("unknown keyword", lambda: area(1, depth=2))  # expect: unknown keyword -> area() got an unexpected keyword argument 'depth'
attempt("duplicate", lambda: area(1, width=2))  # expect: duplicate -> area() got multiple values for argument 'width'
attempt("unbound method", lambda: Box.size())  # expect: unbound method -> Box.size() missing 1 required positional argument: 'self'
print(area(2, height=4), point(1, 2, label="ok"))  # expect: 8 (1, 2, 'ok')
