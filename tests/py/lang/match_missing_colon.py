# A match line without its ':' is CPython's "expected ':'" (match alone stays a name: match(x) is a call).
def match(x):
    return x
print("never printed")
match(1)
command = "go"
match command
    case "go":
        pass
# expect runtime error: SyntaxError: expected ':'
