# An assignment expression inside a comprehension.
# expect error: 4:15: ':=' assignment expressions are not supported by looplab (see looplab help python)
values = [1, 2, 3]
doubled = [(y := v * 2) for v in values]
print(doubled)
