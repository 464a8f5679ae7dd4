# raise ... from sets __cause__; raising while handling sets __context__.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"bad input {text!r}") from e

try:
    parse("x")
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__), e.__suppress_context__)  # expect: bad input 'x' | cause: ValueError("invalid literal for int() with base 10: 'x'") | context: ValueError("invalid literal for int() with base 10: 'x'") True

try:
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("while handling")
except ValueError as e:
    print(repr(e.__context__), e.__cause__)  # expect: KeyError('missing') None

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("hidden") from None
except ValueError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)  # expect: None ZeroDivisionError('division by zero') True
parse("12x")
# expect runtime error: RuntimeError: bad input '12x'
