# find/rfind/index/count take optional start and end (negative counts from the end).
s = "banana bandana"
print(s.find("an"), s.find("an", 2), s.find("an", 2, 3), s.find("an", -6), s.rfind("an"), s.rfind("an", 0, 5))  # expect: 1 3 -1 8 11 3
print(s.index("band"), s.rindex("a"), s.count("an"), s.count("an", 0, 6), s.count("a", -3))  # expect: 7 13 4 2 2
print(s.find(""), s.find("", 100), s.rfind(""), s.count(""))  # expect: 0 -1 14 15
print(s.startswith("ban", 7), s.endswith("ana", 0, 6), s.startswith(("x", "b")))  # expect: True True True
try:
    s.index("xyz")
except ValueError as e:
    print(e)  # expect: substring not found
try:
    s.find(5)
except TypeError as e:
    print(e)  # expect: must be str, not int
s.rindex("q")
# expect runtime error: ValueError: substring not found
