# An uncaught TimeoutError raised by hand, two calls deep.
def wait_for_reply(seconds):
    if seconds > 5:
        raise TimeoutError(f"no reply after {seconds}s")
    return "reply"

def ask(seconds):
    return wait_for_reply(seconds)

print(ask(1))  # expect: reply
ask(30)
# expect runtime error: TimeoutError: no reply after 30s
