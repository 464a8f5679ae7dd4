# A bare name is a capture, not a comparison with that variable: as an early case it is a SyntaxError.
print("never printed")
expected = 3
match 4:
    case expected:
        print("always")
    case _:
        print("never")
# expect runtime error: SyntaxError: name capture 'expected' makes remaining patterns unreachable
