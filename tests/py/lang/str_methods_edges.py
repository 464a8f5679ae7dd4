# str methods with unusual arguments, slicing, repr/str of values, ord/chr and their errors
s = "  Hello, World! Hello!  "
print(s.find("Hello", 5), s.find("Hello", 5, 10), s.rfind("Hello", 0, 9), s.index("o", -8), s.count("l", 3, -3), s.count(""), "abc".count("", 1), "".count(""))  # expect: 16 -1 2 20 5 25 3 1
print(s.replace("Hello", "Bye", 1), s.replace("", "-", 3), "aaa".replace("a", "b", 0), "aaa".replace("a", "b", -1), "abc".replace("", "."))  # expect:   Bye, World! Hello!   - - -Hello, World! Hello!   aaa bbb .a.b.c.
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a b  c".split(" "), " a b ".split(), "".split(), "".split(","), "abc".split("abc"), "a::b::c".rsplit("::", 1))  # expect: ['a', 'b', '', 'c'] ['a', 'b,,c'] ['a', 'b', '', 'c'] ['a', 'b'] [] [''] ['', ''] ['a::b', 'c']
print("x".center(6, "*"), "ab".center(5), "ab".center(6, "-"), "abc".ljust(2), "7".zfill(3), "-7".zfill(4), "+x".zfill(4), "abc".rjust(6, "0"))  # expect: **x***   ab  --ab-- abc 007 -007 +00x 000abc
print("hello world".title(), "hello-world's".title(), "HeLLo".swapcase(), "ß".upper(), "ǅ".lower(), "hello".capitalize(), "HELLO world".capitalize())  # expect: Hello World Hello-World'S hEllO SS ǆ Hello Hello world
print("a\nb\r\nc\rd".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "\n".splitlines(), "x\x0by\x1cz".splitlines())  # expect: ['a', 'b', 'c', 'd'] ['a\n', 'b\n'] [] [''] ['x', 'y', 'z']
print("abc".startswith(("x", "a")), "abc".endswith(("c",), 0, 2), "abc".startswith("b", 1), "abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("bc", -2))  # expect: True False True True False True
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))  # expect: ('k', '=', 'v=w') ('k=v', '=', 'w') ('kvw', '', '') ('', '', 'kvw')
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "  a  ".lstrip(), "ab".rstrip("b"), "www.example.com".strip("cmowz."))  # expect: hi hi a   a example
print("-".join(["a", "b"]), "".join([]), ", ".join("abc"), "x".join(("1",)), ".".join(map(str, range(3))))  # expect: a-b  a, b, c 1 0.1.2
try: "-".join([1, 2])
except TypeError as e: print(e)  # expect: sequence item 0: expected str instance, int found
try: "-".join(["a", None])
except TypeError as e: print(e)  # expect: sequence item 1: expected str instance, NoneType found
try: "abc".find(1)
except TypeError as e: print(e)  # expect: must be str, not int
try: "x".center(5, "ab")
except TypeError as e: print(e)  # expect: The fill character must be exactly one character long
try: "a".split("")
except ValueError as e: print(e)  # expect: empty separator
try: "a".replace(1, 2)
except TypeError as e: print(e)  # expect: replace() argument 1 must be str, not int
try: "abc".startswith(["a"])
except TypeError as e: print(e)  # expect: startswith first arg must be str or a tuple of str, not list
try: "abc"[5]
except IndexError as e: print(e)  # expect: string index out of range
try: "abc"["x"]
except TypeError as e: print(e)  # expect: string indices must be integers, not 'str'
try: "abc"[1] = "x"
except TypeError as e: print(e)  # expect: 'str' object does not support item assignment
print("abc"[::-1], "abcdef"[1::2], "abcdef"[-2:], "abcdef"[10:], "abcdef"[-100:2], "abc"[1:1], "abcdef"[4:1:-1], "abcdef"[::-2])  # expect: cba bdf ef  ab  edc fdb
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -1, "a" + "b", "b" in "abc", "" in "abc", "abc" < "abd", "Z" < "a", "abc" < "ab")  # expect: ababab ababab   ab True True True True False
print(str(123), str(1.0), str(-0.0), str(True), str(None), str([1, "a"]), str((1,)), str({"a": 1}), str({1}), str(set()), str(()))  # expect: 123 1.0 -0.0 True None [1, 'a'] (1,) {'a': 1} {1} set() ()
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\t"), repr("nl\n"), repr("\\"), repr("\x00\x7f"), repr("é"), repr("\u200b"))  # expect: "it's" 'say "hi"' 'both \' and "' 'tab\t' 'nl\n' '\\' '\x00\x7f' 'é' '\u200b'
print(ord("a"), chr(97), ord("€"), chr(0x1F600), "é".encode(), len("é"), len("é".encode()))  # expect: 97 a 8364 😀 b'\xc3\xa9' 1 2
try: ord("ab")
except TypeError as e: print(e)  # expect: ord() expected a character, but string of length 2 found
try: chr(-1)
except ValueError as e: print(e)  # expect: chr() arg not in range(0x110000)
try: chr(0x110000)
except ValueError as e: print(e)  # expect: chr() arg not in range(0x110000)
