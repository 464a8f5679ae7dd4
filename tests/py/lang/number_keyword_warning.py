# a number running into a keyword is still valid in 3.11, with a SyntaxWarning (stderr)
x = 1if True else 2
print(x, [0x1for _ in "ab"], 1.5and 7)  # expect: 1 [31] 7
