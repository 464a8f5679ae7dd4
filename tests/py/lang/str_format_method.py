# str.format with positional, indexed, named fields and specs.
print("{} + {} = {}".format(1, 2, 3))  # expect: 1 + 2 = 3
print("{0}{1}{0}".format("ab", "-"))  # expect: ab-ab
print("{name} is {age}".format(name="Ann", age=7))  # expect: Ann is 7
print("[{:>5}]".format("x"))  # expect: [    x]
print("{:.2f}".format(3.14159))  # expect: 3.14
print("{{literal}} {}".format(1))  # expect: {literal} 1
print("{0!r}".format("s"))  # expect: 's'
print("{:,}".format(1234567))  # expect: 1,234,567
print("{:<4}|{:^5}|".format("a", "b"))  # expect: a   |  b  |
