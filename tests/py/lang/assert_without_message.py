# A failing bare assert: the last stderr line is just the type.
x = 1
assert x == 1
print("first passed")  # expect: first passed
assert x == 2
# expect runtime error: AssertionError
