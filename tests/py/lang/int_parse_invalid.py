# int() refuses a string that looks like a float.
print(int("12"))  # expect: 12
n = int("3.5")
print("unreachable")
# expect runtime error: ValueError: invalid literal for int() with base 10: '3.5'
