# int() error messages quote the text as given.
for text in ["", " ", "1.0", "one", "1e3", "0x10"]:
    try:
        int(text)
    except ValueError as e:
        print(e)
# expect: invalid literal for int() with base 10: ''
# expect: invalid literal for int() with base 10: ' '
# expect: invalid literal for int() with base 10: '1.0'
# expect: invalid literal for int() with base 10: 'one'
# expect: invalid literal for int() with base 10: '1e3'
# expect: invalid literal for int() with base 10: '0x10'
print(int(float("1e3")))  # expect: 1000
