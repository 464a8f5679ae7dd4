# Literal keys of a mapping pattern must differ (1 and True are the same key): SyntaxError.
print("never printed")
match {1: "a"}:
    case {"x": 0, 1: a, True: b}:
        print(a, b)
# expect runtime error: SyntaxError: mapping pattern checks duplicate key (True)
