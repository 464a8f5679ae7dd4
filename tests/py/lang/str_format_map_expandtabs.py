# str.format_map(mapping) formats from a dict; expandtabs() turns tabs into spaces.
record = {"name": "Ada", "lang": "Python", "year": 1991}
print("{name} likes {lang} (since {year})".format_map(record))  # expect: Ada likes Python (since 1991)
print("{name!r:>8}|{year:05d}".format_map(record))  # expect:    'Ada'|01991
try:
    "{missing}".format_map(record)
except KeyError as e:
    print("KeyError", e)  # expect: KeyError 'missing'
table = "name\tqty\nkiwi\t12\nfig\t3"
print(table.expandtabs(8))
# expect: name    qty
# expect: kiwi    12
# expect: fig     3
print(table.expandtabs(4))
# expect: name    qty
# expect: kiwi    12
# expect: fig 3
print(repr("a\tb\tc".expandtabs(2)), repr("\t".expandtabs()), repr("ab\t".expandtabs(0)))  # expect: 'a b c' '        ' 'ab'
