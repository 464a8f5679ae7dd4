# nan is never equal to itself, but containers check identity first
nan = float("nan")
print(nan == nan, nan != nan)  # expect: False True
print([nan] == [nan], nan in [nan], (1, nan) == (1, nan))  # expect: True True True
print([nan].count(nan), [nan].index(nan))  # expect: 1 0
print({"k": nan} == {"k": nan})  # expect: True
print(nan in {nan}, len({nan, nan}))  # expect: True 1
