# Values of unrelated types cannot be ordered.
print(sorted([3, 1.5, True]))  # expect: [True, 1.5, 3]
print(sorted([1, "a"]))
# expect runtime error: TypeError: '<' not supported between instances of 'str' and 'int'
