# A starred expression inside a subscript (PEP 646).
# expect error: 5:13: 'x[*y]' starred subscripts are not supported by looplab (see looplab help python)
table = {(1, 2): "pair"}
key = (1, 2)
print(table[*key])
