# print's sep and end keywords.
print(1, 2, 3)  # expect: 1 2 3
print(1, 2, 3, sep=", ")  # expect: 1, 2, 3
print("a", "b", sep="")  # expect: ab
print("no newline", end="")
print(" -> continued")  # expect: no newline -> continued
print("x", end="!\n")  # expect: x!
print()  # expect:
print(sep="-")  # expect:
print("a", "b", sep=None, end=None)  # expect: a b
print("multi", "line", sep="\n")
# expect: multi
# expect: line
