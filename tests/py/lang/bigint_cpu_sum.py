# A CPU-bound loop whose total passes 2**63: the sum of squares below two million.
total = sum(i * i for i in range(2_000_000))
print(total)
# expect: 2666664666667000000
print(total > 2 ** 63, type(total).__name__)
# expect: False int
acc = 0
for i in range(1, 100_001):
    acc += i ** 4
print(acc)
# expect: 2000050000333333333330000
print(acc % 1_000_000_007)
# expect: 428999119
