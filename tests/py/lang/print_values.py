# print uses str() of each argument.
print(None, True, False)  # expect: None True False
print(1.0, 2, -3.5)  # expect: 1.0 2 -3.5
print("s", ["s"], ("s",), {"s": "s"})  # expect: s ['s'] ('s',) {'s': 's'}
print(print("inner"))
# expect: inner
# expect: None
