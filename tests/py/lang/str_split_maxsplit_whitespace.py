# split() on whitespace with maxsplit keeps the rest of the string as it is.
line = "  alpha  beta   gamma  "
print(line.split())  # expect: ['alpha', 'beta', 'gamma']
print(line.split(None, 1))  # expect: ['alpha', 'beta   gamma  ']
print(line.split(maxsplit=2))  # expect: ['alpha', 'beta', 'gamma  ']
print(line.rsplit(None, 1))  # expect: ['  alpha  beta', 'gamma']
print(line.rsplit(maxsplit=2))  # expect: ['  alpha', 'beta', 'gamma']
print(line.split(None, 0))  # expect: ['alpha  beta   gamma  ']
print(line.rsplit(None, 0))  # expect: ['  alpha  beta   gamma']
print("a b".split(None, 5), "".split(None, 1), "   ".rsplit(None, 1))  # expect: ['a', 'b'] [] []
print("k=v=w".split("=", 1), "k=v=w".rsplit("=", 1), "a,,b".split(",", -1))  # expect: ['k', 'v=w'] ['k=v', 'w'] ['a', '', 'b']
cmd, rest = "move  north quickly ".split(maxsplit=1)
print(repr(cmd), repr(rest))  # expect: 'move' 'north quickly '
