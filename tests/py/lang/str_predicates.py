# is* predicates.
print("123".isdigit())  # expect: True
print("12.3".isdigit())  # expect: False
print("abc".isalpha())  # expect: True
print("abc1".isalnum())  # expect: True
print(" \t\n".isspace())  # expect: True
print("".isspace())  # expect: False
print("ABC".isupper())  # expect: True
print("abc".islower())  # expect: True
print("Hello World".istitle())  # expect: True
print("".isdigit())  # expect: False
