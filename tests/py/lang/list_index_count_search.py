# list.index with a start, count, and the error for a missing value.
xs = ["a", "b", "a", "c"]
print(xs.index("a"), xs.index("a", 1), xs.count("a"))  # expect: 0 2 2
print("c" in xs, xs.index("c"))  # expect: True 3
xs.index("z")
# expect runtime error: ValueError: 'z' is not in list
