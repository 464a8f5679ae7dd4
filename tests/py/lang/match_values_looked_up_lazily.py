# Dotted names and classes in a pattern are looked up only when the match reaches them.
class K:
    A = 1
def f(v):
    match v:
        case int() | Missing():
            return "int"
        case [K.A, K.Nope]:
            return "never"
        case {"k": K.B}:
            return "kb"
        case str(s):
            return s
    return "none"
print(f(1))  # expect: int
for v in [{"j": 1}, [2, 3], [1, 3], "s"]:
    try:
        print(f(v))
    except NameError as e:
        print("NameError:", e)
    except AttributeError as e:
        print("AttributeError:", e)
# expect: NameError: name 'Missing' is not defined
# expect: NameError: name 'Missing' is not defined
# expect: NameError: name 'Missing' is not defined
# expect: NameError: name 'Missing' is not defined
def g(v):
    match v:
        case [K.A, K.Nope]:
            return "never"
        case (0, 0):
            return "origin"
        case {"k": K.B}:
            return "kb"
    return "none"
print(g([2, 3]))  # expect: none
print(g((0, 0)))  # expect: origin
print(g({"j": 1}))  # expect: none
g({"k": 1})
# expect runtime error: AttributeError: type object 'K' has no attribute 'B'
