# The handler runs only when its type matches; execution continues after it.
def parse(s):
    try:
        return int(s)
    except ValueError:
        return None

print(parse("12"), parse("x"))  # expect: 12 None
try:
    print("in try")  # expect: in try
    [][1]
    print("skipped")
except IndexError as e:
    print("caught:", e)  # expect: caught: list index out of range
print("after")  # expect: after
