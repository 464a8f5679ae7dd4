# An assignment expression in an if condition.
# expect error: 4:7: ':=' assignment expressions are not supported by looplab (see looplab help python)
data = [1, 2, 3]
if (n := len(data)) > 2:
    print(n)
