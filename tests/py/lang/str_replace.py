# replace() substitutes all occurrences, or the first count of them.
s = "a-b-c-d"
print(s.replace("-", "+"))  # expect: a+b+c+d
print(s.replace("-", "", 2))  # expect: abc-d
print(s.replace("x", "y"))  # expect: a-b-c-d
print("aaa".replace("a", "aa"))  # expect: aaaaaa
print("abc".replace("", "|"))  # expect: |a|b|c|
