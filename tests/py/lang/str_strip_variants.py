# strip family removes whitespace or a set of characters from the ends.
s = "  padded \n"
print(repr(s.strip()))  # expect: 'padded'
print(repr(s.lstrip()))  # expect: 'padded \n'
print(repr(s.rstrip()))  # expect: '  padded'
print("xxhixyx".strip("xy"))  # expect: hi
print("www.example.com".lstrip("w."))  # expect: example.com
print("file.txt".rstrip(".txt"))  # expect: file
