# Adding keys while iterating over a dict.
d = {"a": 1, "b": 2}
for k in list(d):
    d[k + "2"] = 0
print(len(d))  # expect: 4
for k in d:
    d["new"] = 1
# expect runtime error: RuntimeError: dictionary changed size during iteration
