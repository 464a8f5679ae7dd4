# Iterators have the type names CPython gives them, and __next__/__iter__ methods.
d = {"a": 1, "b": 2}
for it in [iter([1]), iter((1,)), iter("ab"), iter(range(3)), iter(d), iter(d.values()), iter(d.items()),
           iter({1}), enumerate("x"), zip("a", "b"), map(str, [1]), filter(None, [1]), reversed([1, 2]),
           reversed("ab"), reversed(range(3)), reversed(d)]:
    print(type(it).__name__)
    # expect: list_iterator
    # expect: tuple_iterator
    # expect: str_ascii_iterator
    # expect: range_iterator
    # expect: dict_keyiterator
    # expect: dict_valueiterator
    # expect: dict_itemiterator
    # expect: set_iterator
    # expect: enumerate
    # expect: zip
    # expect: map
    # expect: filter
    # expect: list_reverseiterator
    # expect: reversed
    # expect: range_iterator
    # expect: dict_reversekeyiterator
print(type(zip([1], [2])), type(d.keys()).__name__)  # expect: <class 'zip'> dict_keys
it = iter([10, 20, 30])
print(it.__next__(), next(it), iter(it) is it, list(it))  # expect: 10 20 True [30]
try:
    reversed(map(str, [1, 2]))
except TypeError as e:
    print(e)  # expect: 'map' object is not reversible
print(list(reversed(d)), list(reversed(d.keys())))  # expect: ['b', 'a'] ['b', 'a']
