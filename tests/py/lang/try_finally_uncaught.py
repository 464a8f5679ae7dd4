# finally runs before an uncaught exception ends the program.
def work():
    try:
        print("working")
        raise RuntimeError("disk on fire")
    finally:
        print("cleaning up")

work()
# expect: working
# expect: cleaning up
# expect runtime error: RuntimeError: disk on fire
