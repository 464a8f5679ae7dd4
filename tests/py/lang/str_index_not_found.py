# str.index raises where str.find returns -1.
s = "hello"
print(s.find("z"))  # expect: -1
s.index("z")
# expect runtime error: ValueError: substring not found
