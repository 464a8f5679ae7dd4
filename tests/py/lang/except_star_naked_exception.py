# except* wraps a plain exception in an ExceptionGroup with an empty message.
try:
    raise ValueError("solo")
except* ValueError as eg:
    print(type(eg).__name__, repr(eg.message), eg.exceptions)  # expect: ExceptionGroup '' (ValueError('solo'),)
