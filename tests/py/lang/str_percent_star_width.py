# '%*d' and '%.*f' take the width and the precision from the arguments.
rows = [("apple", 1.5), ("kiwi", 12.25)]
w = max(len(name) for name, _ in rows)
for name, price in rows:
    print("%-*s|%*.*f|" % (w, name, 8, 2, price))
    # expect: apple|    1.50|
    # expect: kiwi |   12.25|
print("%*d|" % (5, 42), "%*d|" % (-5, 42), "%.*f" % (3, 3.14159), "%.*s" % (2, "abcdef"))  # expect:    42| 42   | 3.142 ab
print("%0*d" % (6, -42), "%+.*e" % (1, 12345.678), "%.*f" % (-2, 2.5))  # expect: -00042 +1.2e+04 2
try:
    "%*d" % ("5", 1)
except TypeError as e:
    print(e)  # expect: * wants int
try:
    "%.*f" % (2,)
except TypeError as e:
    print(e)  # expect: not enough arguments for format string
