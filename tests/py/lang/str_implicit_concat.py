# Adjacent string literals are joined at compile time.
s = "abc" "def"
print(s)  # expect: abcdef
long = ("one "
        "two "
        'three')
print(long)  # expect: one two three
print(["a" "b", "c"])  # expect: ['ab', 'c']
