# remove() of a value that is not there.
xs = [1, 2, 3]
xs.remove(2)
print(xs)  # expect: [1, 3]
xs.remove(5)
# expect runtime error: ValueError: list.remove(x): x not in list
