# repr() picks quotes like CPython and escapes control characters.
print(repr("a"))  # expect: 'a'
print(repr("it's"))  # expect: "it's"
print(repr('say "hi"'))  # expect: 'say "hi"'
print(repr("both ' and \""))  # expect: 'both \' and "'
print(repr("tab\t"))  # expect: 'tab\t'
print(repr("new\nline"))  # expect: 'new\nline'
print(repr("back\\slash"))  # expect: 'back\\slash'
print(repr(""))  # expect: ''
print(repr("café"))  # expect: 'café'
print(["x", "it's"])  # expect: ['x', "it's"]
