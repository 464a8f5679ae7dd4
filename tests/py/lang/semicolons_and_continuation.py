# Several statements on a line, backslash and bracket continuation.
a = 1; b = 2; print(a + b)  # expect: 3
total = 1 + \
        2 + \
        3
print(total)  # expect: 6
values = [
    1,
    2,  # trailing comma is fine
]
print(values)  # expect: [1, 2]
if a: print("one-line if")  # expect: one-line if
for i in range(2): print(i)
# expect: 0
# expect: 1
