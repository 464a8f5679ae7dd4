# Searching inside strings.
s = "banana"
print(s.find("an"))  # expect: 1
print(s.rfind("an"))  # expect: 3
print(s.find("x"))  # expect: -1
print(s.index("na"))  # expect: 2
print(s.count("a"))  # expect: 3
print(s.count("ana"))  # expect: 1
print("nan" in s)  # expect: True
print("" in s)  # expect: True
print(s.find("a", 2))  # expect: 3
