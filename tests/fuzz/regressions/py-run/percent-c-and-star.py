for v in (0x110000, -1, 233):
    try:
        print("%c" % v)
    except OverflowError:
        pass
print("%*d" % (2**62, 1))
