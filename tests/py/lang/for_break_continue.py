# break leaves only the innermost loop; continue skips to the next item.
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == j:
            continue
        print(i, j)
# expect: 0 1
# expect: 1 0
# expect: 2 0
# expect: 2 1
total = 0
for n in range(10):
    if n % 2:
        continue
    total += n
print(total)  # expect: 20
