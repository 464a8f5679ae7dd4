# An uncaught exception without a message prints only its name.
class Stop(Exception):
    pass

def loop():
    raise Stop

loop()
# expect runtime error: Stop
