# str(KeyError) is the repr of the key.
d = {1: "one"}
try:
    d["missing"]
except KeyError as e:
    print(e)  # expect: 'missing'
    print(repr(e))  # expect: KeyError('missing')
    print(e.args)  # expect: ('missing',)
try:
    d[2]
except KeyError as e:
    print(e)  # expect: 2
try:
    d.pop("x")
except KeyError as e:
    print("pop:", e)  # expect: pop: 'x'
