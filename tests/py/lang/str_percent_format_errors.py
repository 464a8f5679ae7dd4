# The two classic %-formatting mistakes.
try:
    print("%d %d" % (1,))
except TypeError as e:
    print(e)  # expect: not enough arguments for format string
print("%s" % (1, 2))
# expect runtime error: TypeError: not all arguments converted during string formatting
