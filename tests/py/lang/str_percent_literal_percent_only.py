# Only "%%" right after the '%' is a literal percent sign; "%5%" takes an argument and is refused
print("%d%%" % 50)  # expect: 50%
print("%%s" % ())  # expect: %s
for fmt, args in [("%5%", (1,)), ("%5%", ()), ("%-5%|", (1,)), ("%.2%", (1,)), ("%s %5% %s", (1, 2, 3))]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# expect: ValueError unsupported format character '%' (0x25) at index 2
# expect: TypeError not enough arguments for format string
# expect: ValueError unsupported format character '%' (0x25) at index 3
# expect: ValueError unsupported format character '%' (0x25) at index 3
# expect: ValueError unsupported format character '%' (0x25) at index 5
