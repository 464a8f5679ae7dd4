# join() takes any iterable of strings.
print(",".join(["a", "b", "c"]))  # expect: a,b,c
print("".join(reversed("abc")))  # expect: cba
print("-".join(str(i) for i in range(4)))  # expect: 0-1-2-3
print(repr(" ".join([])))  # expect: ''
print(" + ".join(("x",)))  # expect: x
print("/".join("abc"))  # expect: a/b/c
print(", ".join({"k1": 1, "k2": 2}))  # expect: k1, k2
