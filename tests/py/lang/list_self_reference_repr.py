# A list that contains itself prints [...] instead of recursing.
a = [1]
a.append(a)
print(a)  # expect: [1, [...]]
d = {}
d["me"] = d
print(d)  # expect: {'me': {...}}
