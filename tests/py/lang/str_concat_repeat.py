# + joins strings, * repeats them.
print("ab" + "cd")  # expect: abcd
print("ab" * 3)  # expect: ababab
print(3 * "-")  # expect: ---
print(repr("ab" * 0))  # expect: ''
print(repr("ab" * -2))  # expect: ''
line = "=" * 10
print(line)  # expect: ==========
