# %-formatting: the common conversions.
print("%d items" % 3)  # expect: 3 items
print("%s and %s" % ("a", "b"))  # expect: a and b
print("%5.2f|" % 3.14159)  # expect:  3.14|
print("%-5s|" % "ab")  # expect: ab   |
print("%03d" % 7)  # expect: 007
print("%x %X %o" % (255, 255, 8))  # expect: ff FF 10
print("%r" % "s")  # expect: 's'
print("100%%" % ())  # expect: 100%
print("%(name)s=%(v)d" % {"name": "x", "v": 1})  # expect: x=1
print("%s" % [1, 2])  # expect: [1, 2]
print("%.1f%%" % 12.345)  # expect: 12.3%
print("%d" % 3.99)  # expect: 3
print("%e" % 12345.678)  # expect: 1.234568e+04
print("%+d" % 5)  # expect: +5
