# str + int is a TypeError, even inside a deeper call.
def label(n):
    return "item " + n

def render(items):
    return [label(i) for i in items]

print(label("x"))  # expect: item x
render([1, 2])
# expect runtime error: TypeError: can only concatenate str (not "int") to str
