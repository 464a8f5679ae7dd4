# bool() conversions and bool's repr.
print(bool(0), bool(1), bool(-1))  # expect: False True True
print(bool(""), bool("False"))  # expect: False True
print(bool([]), bool([[]]))  # expect: False True
print(True and False, True or False, not True)  # expect: False True False
print(str(True), repr(False))  # expect: True False
print(int(True) + int(False))  # expect: 1
