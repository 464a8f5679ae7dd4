# Indexing and slicing strings.
s = "python"
print(s[0])  # expect: p
print(s[-1])  # expect: n
print(s[1:4])  # expect: yth
print(s[:2])  # expect: py
print(s[2:])  # expect: thon
print(s[::-1])  # expect: nohtyp
print(s[::2])  # expect: pto
print(repr(s[10:]))  # expect: ''
print(s[-3:])  # expect: hon
