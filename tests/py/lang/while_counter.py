# while with a compound condition.
a, b = 0, 1
fibs = []
while a < 50 and len(fibs) < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)  # expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
count = 3
while count:
    count -= 1
print(count)  # expect: 0
