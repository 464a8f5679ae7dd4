# replace() with a count, strip() with a set of characters.
s = "a-b-c-d"
print(s.replace("-", "+"), s.replace("-", "+", 2), s.replace("-", "", 0), s.replace("", "|"))  # expect: a+b+c+d a+b+c-d a-b-c-d |a|-|b|-|c|-|d|
print("xxhixx".strip("x"), "<<hi>>".lstrip("<"), "path///".rstrip("/"), "  spaced  ".strip())  # expect: hi hi>> path spaced
print("www.example.com".strip("cmowz."), repr("   ".strip()), "abc".strip("cba"))  # expect: example '' 
print("Hello".replace("l", "L", 1), "aaa".replace("a", "aa"), "mississippi".replace("ss", "SS"))  # expect: HeLlo aaaaaa miSSiSSippi
try:
    "abc".strip(1)
except TypeError as e:
    print(e)  # expect: strip arg must be None or str
