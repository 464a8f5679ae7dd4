# Escape sequences in string literals.
print("a\tb")  # expect: a	b
print("line1\nline2")
# expect: line1
# expect: line2
print("back\\slash")  # expect: back\slash
print("\x41\x42")  # expect: AB
print("caf\u00e9")  # expect: café
print('it\'s')  # expect: it's
print("say \"hi\"")  # expect: say "hi"
print(len("a\nb"))  # expect: 3
print("tab\there".split("\t"))  # expect: ['tab', 'here']
