# Exceptions raised in the else block are not handled by that try's handlers.
def risky():
    try:
        value = 1
    except ValueError:
        print("not printed")
    else:
        print("else runs")
        raise ValueError("from else")

try:
    risky()
except ValueError as e:
    print("caught outside:", e)
# expect: else runs
# expect: caught outside: from else
