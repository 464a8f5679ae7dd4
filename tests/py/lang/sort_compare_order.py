# list.sort compares in timsort's order: a logging __lt__ shows every comparison
log = []
class K:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag
    def __lt__(self, other):
        log.append(self.tag + other.tag)
        return self.v < other.v
    def __repr__(self):
        return self.tag

items = [K(v, t) for v, t in zip([3, 1, 4, 1, 5, 9, 2, 6], "abcdefgh")]
items.sort()
print(items)  # expect: [b, d, g, a, c, e, h, f]
print(" ".join(log), len(log))  # expect: ba cb ca da db ea ec fa fe gc gd ga ha he hf 15

log.clear()
items = [K(v, t) for v, t in zip([1, 2, 3, 4, 5], "vwxyz")]
print(sorted(items, reverse=True))  # expect: [z, y, x, w, v]
print(" ".join(log))  # expect: yz xy wx vw

log.clear()
items = [K(v, t) for v, t in zip([5, 4, 3, 2, 1], "pqrst")]
items.sort()
print(items, log)  # expect: [t, s, r, q, p] ['qp', 'rq', 'sr', 'ts']

# large inputs: runs, galloping and merges; count comparisons
seed = 42
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed
for n in (70, 130, 257, 600):
    vals = [rnd() % 97 for _ in range(n)]
    ks = [K(v, str(i)) for i, v in enumerate(vals)]
    log.clear()
    ks.sort()
    assert [k.v for k in ks] == sorted(vals)
    print(n, len(log), [k.tag for k in ks[:6]])
    # expect: 70 335 ['30', '58', '7', '3', '13', '64']
    # expect: 130 749 ['122', '57', '67', '116', '105', '22']
    # expect: 257 1733 ['148', '169', '195', '49', '100', '213']
    # expect: 600 4752 ['104', '153', '186', '206', '308', '5']

# partly sorted data: long ascending and descending runs
vals = list(range(100)) + list(range(300, 200, -1)) + list(range(150, 250))
ks = [K(v, str(i)) for i, v in enumerate(vals)]
log.clear()
ks.sort()
print(len(log), [k.tag for k in ks[95:105]])  # expect: 432 ['95', '96', '97', '98', '99', '200', '201', '202', '203', '204']
