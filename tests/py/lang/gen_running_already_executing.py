# A generator cannot resume itself: it is already executing.
def selfish():
    yield me.send(None)

me = selfish()
try:
    next(me)
except ValueError as e:
    print(e)  # expect: generator already executing
