# An exception raised inside a handler gets __context__ set automatically.
def handler():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")

try:
    handler()
except ValueError as e:
    print(repr(e.__context__))  # expect: ZeroDivisionError('division by zero')
    print(e.__cause__)  # expect: None
    print(e.__suppress_context__)  # expect: False
handler()
# expect runtime error: ValueError: while handling
