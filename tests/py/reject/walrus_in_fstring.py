# An assignment expression inside an f-string replacement field is refused like any other.
# expect error: 5:12: ':=' assignment expressions are not supported by looplab (see looplab help python)
data = [1, 2, 3]

print(f"{(n:=len(data))} items, last index {n - 1}")
