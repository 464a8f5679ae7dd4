# except Exception does not catch KeyboardInterrupt; except BaseException does.
def interrupted():
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not here")

try:
    interrupted()
except BaseException as e:
    print("caught", type(e).__name__)  # expect: caught KeyboardInterrupt
