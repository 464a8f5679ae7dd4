# A generator that yields again after GeneratorExit makes close() fail.
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("not stopping")
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)
# expect: not stopping
# expect: generator ignored GeneratorExit
