# Each kind of division by zero has its own message.
def attempt(label, f):
    try:
        f()
    except ZeroDivisionError as e:
        print(label, "->", e)

attempt("1 / 0", lambda: 1 / 0)  # expect: 1 / 0 -> division by zero
attempt("1 // 0", lambda: 1 // 0)  # expect: 1 // 0 -> integer division or modulo by zero
attempt("1 % 0", lambda: 1 % 0)  # expect: 1 % 0 -> integer modulo by zero
attempt("1.0 / 0", lambda: 1.0 / 0)  # expect: 1.0 / 0 -> float division by zero
attempt("1.0 // 0.0", lambda: 1.0 // 0.0)  # expect: 1.0 // 0.0 -> float floor division by zero
attempt("1.0 % 0.0", lambda: 1.0 % 0.0)  # expect: 1.0 % 0.0 -> float modulo
attempt("divmod", lambda: divmod(1, 0))  # expect: divmod -> integer division or modulo by zero
attempt("0 ** -1", lambda: 0 ** -1)  # expect: 0 ** -1 -> 0.0 cannot be raised to a negative power
