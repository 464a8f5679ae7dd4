# strip(), split() and splitlines() know Unicode's whitespace and line breaks.
text = "\u3000 indented\xa0\u2003"
print(repr(text.strip()), text.split(), repr(text.rstrip()))  # expect: 'indented' ['indented'] '\u3000 indented'
print("a\u2003b\tc".split(), "one\xa0two".split(), "x\u3000y z".rsplit(None, 1))  # expect: ['a', 'b', 'c'] ['one', 'two'] ['x\u3000y', 'z']
print("a\u2028b\x1cc\x85d\u2029e\x0bf\x0cg".splitlines())  # expect: ['a', 'b', 'c', 'd', 'e', 'f', 'g']
print("first\r\nsecond\rthird\n".splitlines(True))  # expect: ['first\r\n', 'second\r', 'third\n']
print(repr("→→ arrows ←←".strip("→← ")), repr("éaé".strip("é")), repr("àx".strip("é")))  # expect: 'arrows' 'a' 'àx'
print("café".find("é"), "naïve café".rfind("é"), "ééé".count("é"), "日本語".split("本"), "aéb".partition("é"))  # expect: 3 9 3 ['日', '語'] ('a', 'é', 'b')
print("{:>5}|{:^6}|{:<4}|".format("é", "日本", "ü"), "é".center(5, "·"), "ß".zfill(3))  # expect:     é|  日本  |ü   | ··é·· 00ß
