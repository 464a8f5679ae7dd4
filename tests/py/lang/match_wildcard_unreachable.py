# A bare wildcard case (no guard) before other cases makes them unreachable: SyntaxError.
print("never printed")
def f(v):
    match v:
        case 1:
            return "one"
        case _:
            return "any"
        case 2:
            return "two"
# expect runtime error: SyntaxError: wildcard makes remaining patterns unreachable
