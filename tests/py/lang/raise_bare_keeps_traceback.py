# A bare `raise` re-raises the exception being handled, unchanged.
def use(name):
    try:
        print("using", name)
        raise ConnectionError(f"{name}: connection lost")
    except ConnectionError as e:
        print("logging:", e)
        raise
    finally:
        print("closing", name)

try:
    use("db")
    # expect: using db
    # expect: logging: db: connection lost
    # expect: closing db
except ConnectionError as e:
    print("caller saw", repr(e), e.__context__)  # expect: caller saw ConnectionError('db: connection lost') None
use("cache")
# expect: using cache
# expect: logging: cache: connection lost
# expect: closing cache
# expect runtime error: ConnectionError: cache: connection lost
