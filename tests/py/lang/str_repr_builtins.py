# str() and repr() differ for strings and agree for numbers.
print(str("a"), repr("a"))  # expect: a 'a'
print(str(1), repr(1))  # expect: 1 1
print(str(0.1), repr(0.1))  # expect: 0.1 0.1
print(str(None), repr(None))  # expect: None None
print(str([1, "a"]), repr([1, "a"]))  # expect: [1, 'a'] [1, 'a']
print(str(True) + "!")  # expect: True!
print(repr(repr("x")))  # expect: "'x'"
