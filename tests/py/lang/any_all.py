# any/all, including the empty cases and short-circuiting.
print(any([]), all([]))  # expect: False True
print(any([0, "", None]), any([0, 3]))  # expect: False True
print(all([1, "x"]), all([1, 0]))  # expect: True False
seen = []
def check(n):
    seen.append(n)
    return n > 1
print(any(check(n) for n in [1, 2, 3, 4]))  # expect: True
print(seen)  # expect: [1, 2]
