# str.format and format_map parse fields as CPython: the same errors in the same order, auto numbering through nested specs
for f in ("{", "x{", "{0", "{:", "{0:", "{0:x", "{0!", "{0!r", "{0!r:", "{0!}", "{!}", "{0!rr}", "{0!x}", "{!r:}", "{0:{", "{0:{}", "{0:{1}}", "{0[}", "{0[0}", "{0.}", "{0[]}", "{0.x.}", "{a!}", "{a", "{0}{", "{0:{{}}}", "{0!r}}"):
    try: print(f, repr(f.format([1], 2, a=3)))
    except Exception as e: print(f, type(e).__name__, e)
print("{:{}}|{:>{}}|{0}".format("x", 5, "y", 3) if False else "{:{}}|{:>{}}".format("x", 5, "y", 3))
for f, a, k in (("{0:{1:{2}}}", (1, 2, 3), {}), ("{:{}}", ("ab", 4), {}), ("{0a}", (1,), {"0a": 7}), ("{ 0}", (1,), {}), ("{a.b}", (), {}),
                ("{0[0]x}", ([1],), {}), ("{0[0].real}", ([1],), {}), ("{0[a]}", ({"a": 5},), {}), ("{0[-1]}", ({"-1": 6},), {}),
                ("{0}{}", (1, 2), {}), ("{}{0}", (1, 2), {}), ("{a}{}", (1,), {"a": 0}), ("{99999999999999999999}", (), {}),
                ("{.real}", (4,), {}), ("{[1]}", ("ab",), {}), ("{0!é}", (1,), {}), ("{0! }", (1,), {}), ("{0!€}", (1,), {}), ("{a{}", (), {}), ("{0[}]}", ({"}": 3},), {}),
                ("{0[:]}", ({":": 4},), {}), ("{!s:>4}", (7,), {}), ("{0!a}", ("é",), {})):
    try: print(repr(f.format(*a, **k)))
    except Exception as e: print(f, type(e).__name__, e)
for f in ("{a}", "{0}", "{}", "{a[0]}", "{a.x}"):
    try: print(repr(f.format_map({"a": [1]})))
    except Exception as e: print(f, type(e).__name__, e)
for spec in ("d", "x", ".2f", ",s", "=5", "05"):
    for v in ("ab", 3.5, 7):
        try:
            print(repr(format(v, spec)))
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
try: "{} {}".format(1)
except IndexError as e: print(e)
try: "{a}".format(b=1)
except KeyError as e: print(repr(e))
try: "{0} {}".format(1, 2)
except ValueError as e: print(e)
try: "{".format()
except ValueError as e: print(e)
try: "}".format()
except ValueError as e: print(e)
try: "%d" % "x"
except TypeError as e: print(e)
try: "%s %s" % (1,)
except TypeError as e: print(e)
try: "%s" % (1, 2)
except TypeError as e: print(e)
try: "%z" % 1
except ValueError as e: print(e)
try: "%(a)s" % 1
except TypeError as e: print(e)
try: "%c" % 1234567890
except OverflowError as e: print(e)
try: "%c" % "ab"
except TypeError as e: print(e)
try: f"{1:abc}"
except ValueError as e: print(e)
try: format(1.5, "d")
except ValueError as e: print(e)
try: format([], "x")
except TypeError as e: print(e)
print("%s" % [1], "%s" % (1,), "%r" % ((1, 2),), "%d" % 3.9, "%i" % True, "%.3s" % "abcdef", "%x" % -255)
# expect: { ValueError Single '{' encountered in format string
# expect: x{ ValueError Single '{' encountered in format string
# expect: {0 ValueError expected '}' before end of string
# expect: {: ValueError unmatched '{' in format spec
# expect: {0: ValueError unmatched '{' in format spec
# expect: {0:x ValueError unmatched '{' in format spec
# expect: {0! ValueError end of string while looking for conversion specifier
# expect: {0!r ValueError unmatched '{' in format spec
# expect: {0!r: ValueError unmatched '{' in format spec
# expect: {0!} ValueError unmatched '{' in format spec
# expect: {!} ValueError unmatched '{' in format spec
# expect: {0!rr} ValueError expected ':' after conversion specifier
# expect: {0!x} ValueError Unknown conversion specifier x
# expect: {!r:} '[1]'
# expect: {0:{ ValueError unmatched '{' in format spec
# expect: {0:{} ValueError unmatched '{' in format spec
# expect: {0:{1}} TypeError unsupported format string passed to list.__format__
# expect: {0[} ValueError expected '}' before end of string
# expect: {0[0} ValueError expected '}' before end of string
# expect: {0.} ValueError Empty attribute in format string
# expect: {0[]} ValueError Empty attribute in format string
# expect: {0.x.} AttributeError 'list' object has no attribute 'x'
# expect: {a!} ValueError unmatched '{' in format spec
# expect: {a ValueError expected '}' before end of string
# expect: {0}{ ValueError Single '{' encountered in format string
# expect: {0:{{}}} TypeError unsupported format string passed to list.__format__
# expect: {0!r}} ValueError Single '}' encountered in format string
# expect: x    |  y
# expect: {0:{1:{2}}} ValueError Max string recursion exceeded
# expect: 'ab  '
# expect: '7'
# expect: { 0} KeyError ' 0'
# expect: {a.b} KeyError 'a'
# expect: {0[0]x} ValueError Only '.' or '[' may follow ']' in format field specifier
# expect: '1'
# expect: '5'
# expect: '6'
# expect: {0}{} ValueError cannot switch from manual field specification to automatic field numbering
# expect: {}{0} ValueError cannot switch from automatic field numbering to manual field specification
# expect: '01'
# expect: {99999999999999999999} ValueError Too many decimal digits in format string
# expect: '4'
# expect: 'b'
# expect: {0!é} ValueError Unknown conversion specifier \xe9
# expect: {0! } ValueError Unknown conversion specifier \x20
# expect: {0!€} ValueError Unknown conversion specifier \x20ac
# expect: {a{} ValueError unexpected '{' in field name
# expect: '3'
# expect: '4'
# expect: '   7'
# expect: "'\\xe9'"
# expect: '[1]'
# expect: {0} ValueError Format string contains positional fields
# expect: {} ValueError Format string contains positional fields
# expect: '1'
# expect: {a.x} AttributeError 'list' object has no attribute 'x'
# expect: ValueError Unknown format code 'd' for object of type 'str'
# expect: ValueError Unknown format code 'd' for object of type 'float'
# expect: '7'
# expect: ValueError Unknown format code 'x' for object of type 'str'
# expect: ValueError Unknown format code 'x' for object of type 'float'
# expect: '7'
# expect: ValueError Unknown format code 'f' for object of type 'str'
# expect: '3.50'
# expect: '7.00'
# expect: ValueError Cannot specify ',' with 's'.
# expect: ValueError Cannot specify ',' with 's'.
# expect: ValueError Cannot specify ',' with 's'.
# expect: ValueError '=' alignment not allowed in string format specifier
# expect: '  3.5'
# expect: '    7'
# expect: 'ab000'
# expect: '003.5'
# expect: '00007'
# expect: Replacement index 1 out of range for positional args tuple
# expect: KeyError('a')
# expect: cannot switch from manual field specification to automatic field numbering
# expect: Single '{' encountered in format string
# expect: Single '}' encountered in format string
# expect: %d format: a real number is required, not str
# expect: not enough arguments for format string
# expect: not all arguments converted during string formatting
# expect: unsupported format character 'z' (0x7a) at index 1
# expect: format requires a mapping
# expect: %c arg not in range(0x110000)
# expect: %c requires int or char
# expect: Invalid format specifier 'abc' for object of type 'int'
# expect: Unknown format code 'd' for object of type 'float'
# expect: unsupported format string passed to list.__format__
# expect: [1] 1 (1, 2) 3 1 abc -ff
