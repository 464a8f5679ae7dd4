# Calling a method the type does not have.
words = ["a", "b"]
print("-".join(words))  # expect: a-b
words.push("c")
# expect runtime error: AttributeError: 'list' object has no attribute 'push'
