# A lambda (or another comprehension) in a comprehension's first iterable runs in the enclosing scope
words = {"pear": 3, "fig": 1, "apple": 2}
print({k: v for k, v in sorted(words.items(), key=lambda kv: kv[1])})  # expect: {'fig': 1, 'apple': 2, 'pear': 3}
print([w for w in sorted(words, key=lambda s: len(s))])  # expect: ['fig', 'pear', 'apple']
print([n for n in map(lambda q: q * 10, [1, 2])])  # expect: [10, 20]
def nested():
    base = 100
    return [x + 1 for x in map(lambda y: y + base, [x2 for x2 in range(2)])]
print(nested())  # expect: [101, 102]
class Table:
    rows = [r for r in sorted([3, 1, 2], key=lambda r: -r)]
print(Table.rows)  # expect: [3, 2, 1]
