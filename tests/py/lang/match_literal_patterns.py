# Literal patterns: numbers and strings compare with ==, None/True/False with 'is'.
def kind(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "yes" | "y":
            return "agreed"
        case b"raw":
            return "bytes"
        case None:
            return "nothing"
        case True:
            return "true"
        case False:
            return "false"
        case _:
            return "other"
print(kind(0))  # expect: zero
print(kind(0.0))  # expect: zero
print(kind(-1))  # expect: minus one
print(kind(2.5))  # expect: two and a half
print(kind("y"))  # expect: agreed
print(kind(b"raw"))  # expect: bytes
print(kind("raw"))  # expect: other
print(kind(None))  # expect: nothing
# True == 1, so 'case 1' would take True; 'case True' only takes True itself
print(kind(True))  # expect: true
print(kind(1))  # expect: other
print(kind(False))  # expect: zero
match 1:
    case True:
        print("1 is True")
    case 1:
        print("1 is not True")  # expect: 1 is not True
