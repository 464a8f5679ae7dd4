# center/ljust/rjust pad to a width with an optional fill character.
for word in ["a", "ab", "abc", "abcd"]:
    print(f"[{word.center(6, '*')}] [{word.ljust(6, '.')}] [{word.rjust(6)}]")
    # expect: [**a***] [a.....] [     a]
    # expect: [**ab**] [ab....] [    ab]
    # expect: [*abc**] [abc...] [   abc]
    # expect: [*abcd*] [abcd..] [  abcd]
print("x".center(4), "|", "x".center(5, "-"), "|", "toolong".center(3))  # expect:  x   | --x-- | toolong
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))  # expect: 00042 -0042 +007 abc
try:
    "x".center(5, "ab")
except TypeError as e:
    print(e)  # expect: The fill character must be exactly one character long
try:
    "x".ljust("5")
except TypeError as e:
    print(e)  # expect: 'str' object cannot be interpreted as an integer
