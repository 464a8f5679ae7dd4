# float() with text that is not a number.
def parse(s):
    return float(s)

print(parse("1.5"))  # expect: 1.5
print(parse("abc"))
# expect runtime error: ValueError: could not convert string to float: 'abc'
