# A bare raise re-raises the exception being handled.
def load():
    try:
        raise ValueError("bad config")
    except ValueError:
        print("logging and re-raising")
        raise

try:
    load()
except ValueError as e:
    print("outer got:", e)
# expect: logging and re-raising
# expect: outer got: bad config
load()
# expect: logging and re-raising
# expect runtime error: ValueError: bad config
