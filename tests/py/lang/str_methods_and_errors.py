# Common str methods and the messages of their common errors
s = "  Hello, World!  "
print(s.strip(), s.lstrip(), s.rstrip() + "|", s.strip().lower(), s.upper(), s.title(), s.swapcase())
t = "the quick brown fox"
print(t.split(), t.split(" ", 2), t.rsplit(" ", 1), t.capitalize(), t.title(), t.count("o"))
print(t.find("q"), t.find("z"), t.rfind("o"), t.index("brown"), t.startswith(("the", "a")), t.endswith("fox"))
print(t.replace("o", "0"), t.replace("o", "0", 1), "-".join(t.split()), t.center(25, "*"))
print("a,b,,c".split(","), "a b  c".split(" "), "".split(), "".split(","), "abc".partition("b"), "abc".rpartition("x"))
print("x".zfill(5), "-42".zfill(6), "42".rjust(5, "0"), "abc".ljust(6, ".") + "|")
print("Hello"[::-1], "Hello"[1:-1], "Hello"[-3:], "Hello"[::2], "Hello"[10:], "Hello"[-100:2])
print("abc" * 3, "abc" + "def", "b" in "abc", "abc" < "abd", "Z" < "a", ord("a"), chr(97), chr(0x1F600))
print("one\ttwo\nthree".splitlines(), "a\nb\n".splitlines(True), "tab\there".expandtabs(4))
print("hello world".isalpha(), "hello".isalpha(), "123".isdigit(), "12.3".isdigit(), "  ".isspace(), "Abc".istitle())
print("abc".isidentifier(), "1abc".isidentifier(), "ABC".isupper(), "aBc".islower(), "".isdigit())
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\t"), repr("nl\n"), repr("\x00\x7f"), repr("é\u200b"))
print(str(123), str(1.5), str([1, "a"]), repr([1, "a"]), str(None), str(True), str(("x",)))
print("%s" % [1, 2], "%s" % (1,), "%d items" % 3)
print("a-b-c".split("-", maxsplit=1), "  x  y ".split(None, 1), "ABC".casefold(), "ß".upper())
print("hello".removeprefix("he"), "hello".removesuffix("lo"), "abcabc".strip("ac"), "xxhixx".strip("x"))
print(len("héllo"), "héllo".encode(), "Ünïcode".lower(), "straße".upper())
print(" ".join(["a", "b"]), ", ".join(map(str, range(4))), "".join(reversed("abc")))
print(sorted("banana"), sorted(set("banana")), list("abc"), tuple("ab"))
print("{:>5}".format("abcdefgh"), "abc".index("c"), "aaa".count("aa"), "abc".find(""), "abc".rfind(""))
print(max("apple", "banana", key=len), min(["aa", "b", "ccc"], key=len), sorted(["b", "A", "c"], key=str.lower))
print("hello"[1], "hello"[-1])
try:
    "hello"[10]
except IndexError as e:
    print(e)
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    "a" * "b"
except TypeError as e:
    print(e)
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    float("abc")
except ValueError as e:
    print(e)
try:
    int("12", 1)
except ValueError as e:
    print(e)
try:
    int(1.5, 10)
except TypeError as e:
    print(e)
# expect: Hello, World! Hello, World!     Hello, World!| hello, world!   HELLO, WORLD!     Hello, World!     hELLO, wORLD!  
# expect: ['the', 'quick', 'brown', 'fox'] ['the', 'quick', 'brown fox'] ['the quick brown', 'fox'] The quick brown fox The Quick Brown Fox 2
# expect: 4 -1 17 10 True True
# expect: the quick br0wn f0x the quick br0wn fox the-quick-brown-fox ***the quick brown fox***
# expect: ['a', 'b', '', 'c'] ['a', 'b', '', 'c'] [] [''] ('a', 'b', 'c') ('', '', 'abc')
# expect: 0000x -00042 00042 abc...|
# expect: olleH ell llo Hlo  He
# expect: abcabcabc abcdef True True True 97 a 😀
# expect: ['one\ttwo', 'three'] ['a\n', 'b\n'] tab here
# expect: False True True False True True
# expect: True False True False False
# expect: "it's" 'say "hi"' 'both \' and "' 'tab\t' 'nl\n' '\x00\x7f' 'é\u200b'
# expect: 123 1.5 [1, 'a'] [1, 'a'] None True ('x',)
# expect: [1, 2] 1 3 items
# expect: ['a', 'b-c'] ['x', 'y '] abc SS
# expect: llo hel bcab hi
# expect: 5 b'h\xc3\xa9llo' ünïcode STRASSE
# expect: a b 0, 1, 2, 3 cba
# expect: ['a', 'a', 'a', 'b', 'n', 'n'] ['a', 'b', 'n'] ['a', 'b', 'c'] ('a', 'b')
# expect: abcdefgh 2 1 0 3
# expect: banana b ['A', 'b', 'c']
# expect: e o
# expect: string index out of range
# expect: substring not found
# expect: 'str' object does not support item assignment
# expect: can only concatenate str (not "int") to str
# expect: unsupported operand type(s) for +: 'int' and 'str'
# expect: can't multiply sequence by non-int of type 'str'
# expect: invalid literal for int() with base 10: 'abc'
# expect: could not convert string to float: 'abc'
# expect: int() base must be >= 2 and <= 36, or 0
# expect: int() can't convert non-string with explicit base
