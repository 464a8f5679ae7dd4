# Inside an OR pattern, an irrefutable alternative must come last.
print("never printed")
match 4:
    case value | 0:
        print(value)
# expect runtime error: SyntaxError: name capture 'value' makes remaining patterns unreachable
