# dict.keys() and dict.items() support the set operators; the result is a set.
stock = {"apple": 3, "pear": 0, "fig": 5}
wanted = {"fig", "kiwi"}
print(sorted(stock.keys() & wanted), sorted(wanted - stock.keys()), sorted(stock.keys() - wanted))  # expect: ['fig'] ['kiwi'] ['apple', 'pear']
print(type(stock.keys() | wanted).__name__, len(stock.keys() ^ wanted))  # expect: set 3
a = {1: "a", 9: "b", 17: "c", 3: "d"}
b = {3: 0, 25: 0, 1: 0}
print(a.keys() & b.keys(), a.keys() | b.keys(), a.keys() - b.keys(), a.keys() ^ b.keys())  # expect: {1, 3} {1, 3, 9, 17, 25} {17, 9} {9, 17, 25}
print({1, 9, 100} & a.keys(), [100, 3] | a.keys(), a.keys() & range(10))  # expect: {1, 9} {1, 3, 100, 9, 17} {1, 3, 9}
print(a.items() & {(1, "a"), (9, "x")}, sorted(a.items() - {(1, "a"), (3, "d")}))  # expect: {(1, 'a')} [(9, 'b'), (17, 'c')]
try:
    a.values() & {1}
except TypeError as e:
    print(e)  # expect: unsupported operand type(s) for &: 'dict_values' and 'set'
a.keys() & 5
# expect runtime error: TypeError: 'int' object is not iterable
