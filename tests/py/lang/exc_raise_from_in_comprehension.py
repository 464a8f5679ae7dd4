# raise ... from e inside a helper called by a comprehension; __cause__ and __suppress_context__
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"bad input {s!r}") from e
def load(items):
    return [parse(x) for x in items]
def main():
    try:
        load(["1", "x"])
    except RuntimeError as e:
        print("caught", e, "cause:", repr(e.__cause__))
        print(e.__suppress_context__, type(e.__context__).__name__)
    load(["2", "3", "four"])
main()
# expect: caught bad input 'x' cause: ValueError("invalid literal for int() with base 10: 'x'")
# expect: True ValueError
# expect runtime error: RuntimeError: bad input 'four'
