# The limit of 1000 counts every Python frame, the module's included.
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n

print(depth(1))  # expect: 999

def down(n):
    return n if n == 0 else down(n - 1)

for k in (998, 999):
    try:
        down(k)
        print(k, "fits")
    except RecursionError:
        print(k, "too deep")
# expect: 998 fits
# expect: 999 too deep
