# dict_keys and dict_items compare with sets and each other as sets; isdisjoint
d = {1: 2, 3: 4}
print(d.keys() == {1, 3}, d.keys() == [1, 3], d.keys() != {1}, d.items() == {(1, 2), (3, 4)}, d.items() == {(1, 2)}, d.keys() == frozenset({1, 3}))  # expect: True False True True False True
print({1, 3} == d.keys(), d.keys() <= {1, 3, 5}, d.keys() < {1, 3}, d.keys() > {1}, d.items() >= {(1, 2)}, d.keys() == d.keys(), d.values() == d.values())  # expect: True True False True True True False
print(d.keys() == {3: 0, 1: 0}.keys(), d.items() == {3: 4, 1: 2}.items(), d.keys() | [5], [5] | d.keys(), d.keys() - [1], d.keys() ^ (3, 9))  # expect: True True {1, 3, 5} {1, 3, 5} {3} {1, 9}
print(d.keys().isdisjoint([7]), d.items().isdisjoint({(1, 2)}), (1, 2) in d.items(), [1, 2] in d.items() if False else 0, len(d.items()))  # expect: True False True 0 2
try: d.keys() < [1]
except TypeError as e: print(e)  # expect: '<' not supported between instances of 'dict_keys' and 'list'
k = d.keys()
print(k.isdisjoint(k), {}.keys().isdisjoint({}.keys()), d.items().isdisjoint([(1, 2)]), d.keys().isdisjoint({9: 1}), d.keys().isdisjoint("ab"))  # expect: False True False True True
try: k.isdisjoint(5)
except TypeError as e: print(e)  # expect: 'int' object is not iterable
try: k.isdisjoint()
except TypeError as e: print(e)  # expect: dict_keys.isdisjoint() takes exactly one argument (0 given)
print(d.values() == d.values(), d.keys() == d, {1: 2}.keys() == {1}, {}.items() == set(), {(1, 2)} >= {1: 2}.items())  # expect: False False True True True
