# printf-style formatting with %.
name, score, ratio = "Ann", 93, 0.8756
print("%s scored %d (%.1f%%)" % (name, score, ratio * 100))  # expect: Ann scored 93 (87.6%)
print("%-6s|%6s|%06.2f|%+d|%x|%X|%o|%e" % ("ab", "cd", 3.14159, 7, 255, 255, 8, 1234.5))  # expect: ab    |    cd|003.14|+7|ff|FF|10|1.234500e+03
print("%(who)s has %(n)d items" % {"who": "Bob", "n": 3})  # expect: Bob has 3 items
print("%s %r %a" % ("é", "é", "é"), "%c%c" % (72, "i"), "%%")  # expect: é 'é' '\xe9' Hi %%
print("%5.1f|%-8.3s|" % (2.25, "abcdef"), "%d" % 3.99, "%i" % True, "%s" % [1, (2,)])  # expect:   2.2|abc     | 3 1 [1, (2,)]
try:
    "%d items" % "three"
except TypeError as e:
    print(e)  # expect: %d format: a real number is required, not str
try:
    "%s and %s" % ("one",)
except TypeError as e:
    print(e)  # expect: not enough arguments for format string
try:
    "no placeholders" % 5
except TypeError as e:
    print(e)  # expect: not all arguments converted during string formatting
