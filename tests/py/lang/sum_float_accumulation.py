# Adding 0.1 ten times is not exactly 1.0.
total = 0.0
for _ in range(10):
    total += 0.1
print(total)  # expect: 0.9999999999999999
print(sum([0.1] * 10))  # expect: 0.9999999999999999
print(total == 1.0)  # expect: False
print(round(total, 2) == 1.0)  # expect: True
