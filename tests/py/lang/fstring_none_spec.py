# A format spec on None fails.
result = None
print(f"{result}")  # expect: None
print(f"{result!s:>6}|")  # expect:   None|
print(f"{result:>6}")
# expect runtime error: TypeError: unsupported format string passed to NoneType.__format__
