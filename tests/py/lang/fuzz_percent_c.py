# Found by fuzzing: '%c' of an int is a code point (written as UTF-8) and must be in range.
print("%c%c|%3c|" % (233, 0x1F600, 65))  # expect: é😀|  A|
try:
    "%c" % 0x110000
except OverflowError as e:
    print(e)  # expect: %c arg not in range(0x110000)
print("[%*d]" % (-4, 7))  # expect: [7   ]
try:
    "%*d" % ("4", 7)
except TypeError as e:
    print(e)  # expect: * wants int
