# get/pop/setdefault/update/popitem/fromkeys in the forms lesson code uses.
stock = {"apple": 3}
print(stock.get("pear"), stock.get("pear", 0), stock.get("apple", 0))  # expect: None 0 3
print(stock.setdefault("pear", 5), stock.setdefault("apple", 99), stock)  # expect: 5 3 {'apple': 3, 'pear': 5}
stock.update({"fig": 1})
stock.update([("kiwi", 2)])
stock.update(plum=4, apple=10)
print(stock)  # expect: {'apple': 10, 'pear': 5, 'fig': 1, 'kiwi': 2, 'plum': 4}
print(stock.pop("fig"), stock.pop("nope", "default"), stock)  # expect: 1 default {'apple': 10, 'pear': 5, 'kiwi': 2, 'plum': 4}
print(stock.popitem(), stock.popitem(), stock)  # expect: ('plum', 4) ('kiwi', 2) {'apple': 10, 'pear': 5}
counts = {}
for ch in "hello world":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)  # expect: {'h': 1, 'e': 1, 'l': 3, 'o': 2, ' ': 1, 'w': 1, 'r': 1, 'd': 1}
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)  # expect: {'a': ['apple', 'avocado'], 'b': ['banana', 'blueberry'], 'c': ['cherry']}
shared = dict.fromkeys(["a", "b"], [])
shared["a"].append(1)
print(shared, dict.fromkeys("xy"), dict.fromkeys(range(3), 0))  # expect: {'a': [1], 'b': [1]} {'x': None, 'y': None} {0: 0, 1: 0, 2: 0}
print(list(stock), list(stock.values()), list(stock.items()), len(stock), "apple" in stock, 10 in stock)  # expect: ['apple', 'pear'] [10, 5] [('apple', 10), ('pear', 5)] 2 True False
stock.pop("missing")
# expect runtime error: KeyError: 'missing'
