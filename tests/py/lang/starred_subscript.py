# Starred expressions in a subscript (3.11, PEP 646): x[*a, b] indexes with the tuple (*a, b), for reads and writes.
class Grid:
    def __getitem__(self, key):
        return key
    def __setitem__(self, key, value):
        print("set", key, value)

g = Grid()
idx = (1, 2)
print(g[*idx], g[*idx, 3], g[0, *idx], g[*[4]], g[*idx, *idx])
g[*idx] = "v"
d = {(1, 2): "pair"}
print(d[*idx])
try:
    [1, 2, 3][*idx]
except TypeError as e:
    print(e)
# expect: (1, 2) (1, 2, 3) (0, 1, 2) (4,) (1, 2, 1, 2)
# expect: set (1, 2) v
# expect: pair
# expect: list indices must be integers or slices, not tuple
