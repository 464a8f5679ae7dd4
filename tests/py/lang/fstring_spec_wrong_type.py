# A numeric format code on a string is an error.
name = "abc"
print(f"{name:>5}")  # expect:   abc
print(f"{name:d}")
# expect runtime error: ValueError: Unknown format code 'd' for object of type 'str'
