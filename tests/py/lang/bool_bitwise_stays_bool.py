# &, | and ^ between two bools give a bool; with an int they give an int.
ready, done = True, False
print(ready & done, ready | done, ready ^ ready, done ^ ready)  # expect: False True False True
print(type(ready & done).__name__, type(ready & 1).__name__, type(~ready).__name__)  # expect: bool int int
print(True & 3, False | 2, True ^ 1, ~True, ~False, -True, +False)  # expect: 1 2 0 -2 -1 -1 0
flags = [True, False, True]
acc = False
for f in flags:
    acc |= f
print(acc, type(acc).__name__)  # expect: True bool
both = True
both &= False
print(both)  # expect: False
print(True + True, True * False, True // True, True / True, True ** 2, True << 3)  # expect: 2 0 1 1.0 1 8
