# An exception inside a case body reports the body's line in the traceback.
def parse(token):
    match token.split(":"):
        case ["num", digits]:
            return int(digits)
        case ["div", a, b]:
            return int(a) // int(b)
        case _:
            raise ValueError(f"bad token {token!r}")
def evaluate(tokens):
    return [parse(t) for t in tokens]
print(evaluate(["num:4", "div:9:2"]))  # expect: [4, 4]
evaluate(["num:1", "div:1:0"])
# expect runtime error: ZeroDivisionError: integer division or modulo by zero
