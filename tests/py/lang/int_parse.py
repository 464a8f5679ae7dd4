# int() parses strings (whitespace, sign, underscores) and truncates floats.
print(int("42"))  # expect: 42
print(int("  -7\n"))  # expect: -7
print(int("+5"))  # expect: 5
print(int("1_000"))  # expect: 1000
print(int("0042"))  # expect: 42
print(int(3.9))  # expect: 3
print(int(-3.9))  # expect: -3
print(int(True))  # expect: 1
print(int("ff", 16))  # expect: 255
print(int("101", 2))  # expect: 5
print(int())  # expect: 0
