# An exception raised in the innermost of three functions.
def validate(state):
    if state != "ready":
        raise RuntimeError(f"invalid state: {state}")

def step(state):
    validate(state)
    return "stepped"

def run(states):
    for s in states:
        print(step(s))

run(["ready", "ready", "broken", "ready"])
# expect: stepped
# expect: stepped
# expect runtime error: RuntimeError: invalid state: broken
