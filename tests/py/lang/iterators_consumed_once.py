# Generator expressions, map/filter/zip/enumerate objects are consumed once
def gen_squares(n):
    return (i * i for i in range(n))
g = gen_squares(4)
print(next(g), next(g), list(g), list(g))
print(sum(x for x in range(10) if x % 2), max((len(w), w) for w in ["a", "bbb", "cc"]))
print(sorted((y for y in "hello"), reverse=True), tuple(c for c in "ab"), set(i % 2 for i in range(5)))
print(dict((k, len(k)) for k in ["one", "three"]), ",".join(str(i) for i in range(3)))
print(any(n > 3 for n in [1, 5]), all(isinstance(n, int) for n in [1, 2.0]))
it = iter("ab")
print(list(zip(it, it)), list(zip("abcd", range(2), [True] * 5)))
e = enumerate(["x", "y"])
print(next(e), list(e))
r = reversed(range(3))
print(list(r), list(reversed("abc")), list(reversed((1, 2))))
m = map(str.upper, ["a", "b"])
print(next(m), list(m))
f = filter(lambda x: x > 1, [1, 2, 3])
print(list(f), list(filter(str.isdigit, "a1b2")))
print(list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])), list(map(pow, [2, 3], [3, 2])))
print(list(enumerate("abc", start=10)), list(zip()), list(enumerate([])))
print(type(g).__name__, type(iter([])).__name__, type(zip()).__name__, type(map(str, [])).__name__, type(range(1)).__name__)
nums = [1, 2, 3]
it2 = iter(nums)
nums.append(4)
print(list(it2))
print(list(range(5, -5, -2)), range(1, 10, 2), len(range(1, 10, 2)), 5 in range(1, 10, 2), range(3) == range(0, 3))
print(min(range(5), key=lambda v: (v - 2) ** 2), max(range(0)) if False else "skip")
x = [3, 1, 2]
print(sorted(x), x, x.sort(), x)
pairs = [(2, "b"), (1, "a"), (2, "a")]
pairs.sort(key=lambda p: p[0])
print(pairs)
print(sorted(pairs, key=lambda p: (-p[0], p[1])))
# expect: 0 1 [4, 9] []
# expect: 25 (3, 'bbb')
# expect: ['o', 'l', 'l', 'h', 'e'] ('a', 'b') {0, 1}
# expect: {'one': 3, 'three': 5} 0,1,2
# expect: True False
# expect: [('a', 'b')] [('a', 0, True), ('b', 1, True)]
# expect: (0, 'x') [(1, 'y')]
# expect: [2, 1, 0] ['c', 'b', 'a'] [2, 1]
# expect: A ['B']
# expect: [2, 3] ['1', '2']
# expect: [11, 22] [8, 9]
# expect: [(10, 'a'), (11, 'b'), (12, 'c')] [] []
# expect: generator list_iterator zip map range
# expect: [1, 2, 3, 4]
# expect: [5, 3, 1, -1, -3] range(1, 10, 2) 5 True True
# expect: 2 skip
# expect: [1, 2, 3] [1, 2, 3] None [1, 2, 3]
# expect: [(1, 'a'), (2, 'b'), (2, 'a')]
# expect: [(2, 'a'), (2, 'b'), (1, 'a')]
