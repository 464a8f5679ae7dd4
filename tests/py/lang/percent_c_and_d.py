# %c with ints, bools and one-character strings (width too); %d with floats
for v in (65, 0x263A, 1234567890, -1, True, "é", "ab", 2.5, [1]):
    try: print(repr("%c|%3c|%-3c|" % (v, v, v)))
    except (OverflowError, TypeError) as e: print(type(e).__name__, e)
for v in (3.9, -3.9, 1e20, float("nan"), float("inf"), -float("inf")):
    try: print("%d %i %5d %-5u|" % (v, v, v, v))
    except (OverflowError, ValueError) as e: print(type(e).__name__, e)
for f in ("{", "x{", "{0", "{:", "}", "a}b", "{}}", "{{}", "{0!}", "{0!x}", "{!r:}"):
    try: print(repr(f.format(1)))
    except (ValueError, IndexError) as e: print(type(e).__name__, e)
# expect: 'A|  A|A  |'
# expect: '☺|  ☺|☺  |'
# expect: OverflowError %c arg not in range(0x110000)
# expect: OverflowError %c arg not in range(0x110000)
# expect: '\x01|  \x01|\x01  |'
# expect: 'é|  é|é  |'
# expect: TypeError %c requires int or char
# expect: TypeError %c requires int or char
# expect: TypeError %c requires int or char
# expect: 3 3     3 3    |
# expect: -3 -3    -3 -3   |
# expect: 100000000000000000000 100000000000000000000 100000000000000000000 100000000000000000000|
# expect: ValueError cannot convert float NaN to integer
# expect: OverflowError cannot convert float infinity to integer
# expect: OverflowError cannot convert float infinity to integer
# expect: ValueError Single '{' encountered in format string
# expect: ValueError Single '{' encountered in format string
# expect: ValueError expected '}' before end of string
# expect: ValueError unmatched '{' in format spec
# expect: ValueError Single '}' encountered in format string
# expect: ValueError Single '}' encountered in format string
# expect: ValueError Single '}' encountered in format string
# expect: ValueError Single '}' encountered in format string
# expect: ValueError unmatched '{' in format spec
# expect: ValueError Unknown conversion specifier x
# expect: '1'
