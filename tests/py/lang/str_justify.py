# Padding methods.
print("|" + "ab".ljust(5) + "|")  # expect: |ab   |
print("|" + "ab".rjust(5) + "|")  # expect: |   ab|
print("|" + "ab".center(6, "*") + "|")  # expect: |**ab**|
print("|" + "abc".center(6) + "|")  # expect: | abc  |
print("42".zfill(5))  # expect: 00042
print("-42".zfill(5))  # expect: -0042
print("toolong".ljust(3))  # expect: toolong
