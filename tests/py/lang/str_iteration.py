# Iterating over a string yields one-character strings.
for ch in "hey":
    print(ch, end=".")
print()
# expect: h.e.y.
print(list("abc"))  # expect: ['a', 'b', 'c']
print(len("héllo"))  # expect: 5
print("héllo"[1])  # expect: é
print("héllo"[::-1])  # expect: olléh
