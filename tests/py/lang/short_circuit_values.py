# and/or return one of their operands, not a bool.
print(0 or "x")  # expect: x
print("" and 1)  # expect:
print(None or [])  # expect: []
print(1 and 2)  # expect: 2
print(0 and 1 / 0)  # expect: 0
print(3 or 1 / 0)  # expect: 3
print(not "")  # expect: True
print(not [0])  # expect: False
def loud(v):
    print("eval", v)
    return v
print(loud(0) and loud(1))
# expect: eval 0
# expect: 0
print(loud(0) or loud(2) or loud(3))
# expect: eval 0
# expect: eval 2
# expect: 2
name = None
print(name or "anonymous")  # expect: anonymous
