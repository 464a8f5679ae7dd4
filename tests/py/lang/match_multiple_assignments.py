# One pattern may not bind the same name twice (use a guard to compare two items).
print("never printed")
match (1, 1):
    case (same, same):
        print("equal")
# expect runtime error: SyntaxError: multiple assignments to name 'same' in pattern
