# Equal numbers hash alike: a big int, an equal float and the same value as a dict key.
k = 2 ** 70
d = {k: "int"}
print(d[2.0 ** 70])
# expect: int
d[2.0 ** 70] = "float"
print(d, len(d))
# expect: {1180591620717411303424: 'float'} 1
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61) + 1), hash(-(2 ** 61) - 1))
# expect: 0 1 0 -2
print(hash(2 ** 100) == hash(2.0 ** 100), hash(-(2 ** 90)) == hash(-(2.0 ** 90)))
# expect: True True
print(hash(2 ** 64) % 1000, hash(10 ** 30))
# expect: 8 465258685558744706
s = {2 ** 64, 2 ** 64 + 0, 2.0 ** 64, 18446744073709551616}
print(len(s))
# expect: 1
print(sorted({10 ** 20, 10 ** 19, 5, -(10 ** 25)}))
# expect: [-10000000000000000000000000, 5, 10000000000000000000, 100000000000000000000]
counts = {}
for x in [2 ** 65, 2 ** 65 + 1, 2 ** 65, 3 ** 50, 2 ** 65 + 1, 2 ** 65]:
    counts[x] = counts.get(x, 0) + 1
print(counts)
# expect: {36893488147419103232: 3, 36893488147419103233: 2, 717897987691852588770249: 1}
print((2 ** 80, "a") in {(2 ** 80, "a"), 1}, hash((2 ** 80, 1)) == hash((2.0 ** 80, 1)))
# expect: True True
print(sorted([3 ** 45, -(2 ** 70), 1.5, 2 ** 70, 0, -1e30]))
# expect: [-1e+30, -1180591620717411303424, 0, 1.5, 1180591620717411303424, 2954312706550833698643]
print(sum([2 ** 63, 2 ** 63, -1]), max(2 ** 100, 2 ** 99), min([10 ** 19, 10 ** 18]))
# expect: 18446744073709551615 1267650600228229401496703205376 1000000000000000000
print(2 ** 64 in [1, 2 ** 64], 2 ** 64 in range(10), [1, 2, 3].count(2 ** 64))
# expect: True False 0
print(bool(2 ** 100), bool(-(2 ** 100)), not 2 ** 64, 2 ** 64 is not None)
# expect: True True False True
