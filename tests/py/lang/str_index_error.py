# Indexing past the end of a string.
word = "abc"
print(word[2])  # expect: c
print(word[3])
# expect runtime error: IndexError: string index out of range
