# Every alternative of an OR pattern must bind the same names: SyntaxError before anything runs.
print("never printed")
match (1, 2):
    case (x, 1) | (1, y):
        print(x)
# expect runtime error: SyntaxError: alternative patterns bind different names
