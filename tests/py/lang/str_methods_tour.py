# String methods: translate, predicates, title, splitlines, zfill, encode, format variants
print("hello".translate(str.maketrans("el", "ip")), str.maketrans({"a": "b"}), "abc".translate({97: None}))
print("a1b2".isalnum(), "½".isnumeric(), "²".isdigit(), "²".isdecimal(), "Ⅳ".isnumeric())
print("Hello World".count("o", 5), "hello".center(11, "-"), "x".center(4), "ab".center(5))
print("%-10s|%10s|" % ("left", "right"), "{:-^20}".format(" title "))
print("one two three".title(), "they're bill's".title(), "hello world".capitalize(), "ABC def".capitalize())
print("a\tb".expandtabs(), "  indented".lstrip(" "), "x,y,z".rsplit(",", 1), "a.b.c".split(".", -1))
print("line1\r\nline2\rline3\n".splitlines(), "x".join("abc"), "".join([]), "-".join(["a"]))
print(" spaced   out ".split(" "), "MiXeD".swapcase(), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
print("%.3f %.0f %.1e" % (2 / 3, 0.5, 123456), "%5.1f%%" % 99.56, "%+.2e" % -0.000123)
print("abc"[1:100], "abc"[-100:], "abc"[::-100], ""[::-1], "ab"[5:1], "abcdef"[1:-1:2])
print("a" in "", "" in "a", "" in "", "abc".startswith(""), "abc".endswith(("x", "c")))
print("test".find("t", 1), "test".rindex("t"), "test".index("e", 0, 3), "mississippi".replace("ss", "SS"))
print("Python".ljust(10, "*"), "Python".rjust(10, "*"), "3".zfill(3), "+3".zfill(3), "abc".zfill(2))
print(str(3.0), str(10**15 * 1.0), str(1e16), repr(0.1), str(-1.0e-5), str(123e-20))
print("{:10.3}|{:<10.3}|{:>+10.3e}".format(3.14159, "python", 31415.9))
print("{0:b} {0:o} {0:x} {0:X} {0:#b} {0:c}".format(97))
print("{:,.3f} {:_} {:,} {:.2%}".format(1234567.8912, 10 ** 10, -98765, 1 / 3))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{0[0]}-{0[1]}".format(("x", "y")), "{p.real}".format(p=3.5))
print("%s is %d years" % ("Tom", 30.9), "%05.1f" % -2.345, "%x" % 3)
print("{:>{width}}".format("hi", width=6), "{:{fill}{align}{w}}".format("z", fill="#", align="^", w=7))
print("café".encode(), "café".encode("latin-1"), b"caf\xc3\xa9".decode(), len("café".encode()))
print(sorted(["banana", "Apple", "cherry"]), sorted(["banana", "Apple", "cherry"], key=str.casefold))
print("a,b;c d".replace(",", " ").replace(";", " ").split())
print("hello world"[::-1].title(), " ".join(w[::-1] for w in "hello world".split()))
print("The answer is " + str(42) + "!", "x" * 0, "x" * -1, 3 * "ab")
# expect: hippo {97: 'b'} bc
# expect: True True True False True
# expect: 1 ---hello---  x     ab 
# expect: left      |     right| ------ title -------
# expect: One Two Three They'Re Bill'S Hello world Abc def
# expect: a       b indented ['x,y', 'z'] ['a', 'b', 'c']
# expect: ['line1', 'line2', 'line3'] axbxc  a
# expect: ['', 'spaced', '', '', 'out', ''] mIxEd FI i̇ 2
# expect: 0.667 0 1.2e+05  99.6% -1.23e-04
# expect: bc abc c   bd
# expect: False True True True True
# expect: 3 3 1 miSSiSSippi
# expect: Python**** ****Python 003 +03 abc
# expect: 3.0 1000000000000000.0 1e+16 0.1 -1e-05 1.23e-18
# expect:       3.14|pyt       |+3.142e+04
# expect: 1100001 141 61 61 0b1100001 a
# expect: 1,234,567.891 10_000_000_000 -98,765 33.33%
# expect: 'é' é '\xe9'
# expect: x-y 3.5
# expect: Tom is 30 years -02.3 3
# expect:     hi ###z###
# expect: b'caf\xc3\xa9' b'caf\xe9' café 5
# expect: ['Apple', 'banana', 'cherry'] ['Apple', 'banana', 'cherry']
# expect: ['a', 'b', 'c', 'd']
# expect: Dlrow Olleh olleh dlrow
# expect: The answer is 42!   ababab
