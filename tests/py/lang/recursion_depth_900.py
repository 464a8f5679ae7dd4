# 900 nested calls stay under the default limit of 1000.
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(900))  # expect: 900
