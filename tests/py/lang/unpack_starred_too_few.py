# A starred target still needs the others filled.
a, *b = [1]
print(a, b)  # expect: 1 []
a, b, *c = [1]
# expect runtime error: ValueError: not enough values to unpack (expected at least 2, got 1)
