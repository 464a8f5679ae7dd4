# KeyError shows its argument with repr(), so messages from popitem() and set.pop() appear quoted.
stock = {"apples": 3}
print(stock.popitem())  # expect: ('apples', 3)
try:
    stock.popitem()
except KeyError as e:
    print(e)  # expect: 'popitem(): dictionary is empty'
    print(repr(e))  # expect: KeyError('popitem(): dictionary is empty')
    print(e.args)  # expect: ('popitem(): dictionary is empty',)
seen = {7}
print(seen.pop())  # expect: 7
try:
    seen.pop()
except KeyError as e:
    print(e, "|", repr(e))  # expect: 'pop from an empty set' | KeyError('pop from an empty set')
try:
    stock.pop("pears")
except KeyError as e:
    print(e, "|", repr(e))  # expect: 'pears' | KeyError('pears')
try:
    raise KeyError("custom message")
except KeyError as e:
    print(e)  # expect: 'custom message'
try:
    raise KeyError()
except KeyError as e:
    print(repr(str(e)))  # expect: ''
try:
    raise KeyError(1, 2)
except KeyError as e:
    print(e)  # expect: (1, 2)
set().pop()
# expect runtime error: KeyError: 'pop from an empty set'
