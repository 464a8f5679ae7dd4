# KeyError shows the missing key with repr(); unhashable keys are a TypeError.
prices = {"apple": 1.5, (1, 2): "tuple key", 3: "int key"}
print(prices[(1, 2)], prices[3], prices["apple"])  # expect: tuple key int key 1.5
for key in ["pear", 4, (1, 3), 2.5, None]:
    try:
        prices[key]
    except KeyError as e:
        print("KeyError", e, repr(e), e.args)
        # expect: KeyError 'pear' KeyError('pear') ('pear',)
        # expect: KeyError 4 KeyError(4) (4,)
        # expect: KeyError (1, 3) KeyError((1, 3)) ((1, 3),)
        # expect: KeyError 2.5 KeyError(2.5) (2.5,)
        # expect: KeyError None KeyError(None) (None,)
for key in [[1], {"a": 1}, {1}]:
    try:
        prices[key] = 0
    except TypeError as e:
        print(e)
        # expect: unhashable type: 'list'
        # expect: unhashable type: 'dict'
        # expect: unhashable type: 'set'
try:
    del prices["nothing"]
except KeyError as e:
    print("del", e)  # expect: del 'nothing'
print({1: "int", 1.0: "float", True: "bool"})  # expect: {1: 'bool'}
def lookup(d, k):
    return d[k]
lookup(prices, "banana")
# expect runtime error: KeyError: 'banana'
