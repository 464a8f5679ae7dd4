# Names are bound only when the whole pattern matched: a failed case leaves no partial bindings.
def probe(subject):
    match subject:
        case [x, 0]:
            return "zero second"
        case {"a": a, "b": 1}:
            return "b is one"
        case (p, q) | [p, q, _]:
            return f"pair-ish {p} {q}"
        case _:
            pass
    bound = []
    try:
        bound.append(x)
    except NameError:
        pass
    try:
        bound.append(a)
    except NameError:
        pass
    try:
        bound.append(p)
    except NameError:
        pass
    return f"no match, bound: {bound}"
print(probe([5, 1, 2, 3]))  # expect: no match, bound: []
print(probe({"a": 1, "b": 2}))  # expect: no match, bound: []
print(probe([5, 1, 2]))  # expect: pair-ish 5 1
x = "before"
match [1, 2]:
    case [x, 3]:
        print("no")
    case _:
        print(x)  # expect: before
match 7:
    case (1 as y) | (7 as y):
        print(y)  # expect: 7
def unbound():
    match 1:
        case [z]:
            pass
    return z
unbound()
# expect runtime error: UnboundLocalError: cannot access local variable 'z' where it is not associated with a value
