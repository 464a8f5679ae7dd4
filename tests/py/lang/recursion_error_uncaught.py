# Uncaught RecursionError ends the program.
def down(n):
    return down(n - 1) + 1

print("start")  # expect: start
down(10)
# expect runtime error: RecursionError: maximum recursion depth exceeded
