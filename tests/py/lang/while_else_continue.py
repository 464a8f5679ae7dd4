# continue in a while loop still reaches the else when the condition fails.
n = 0
odd = []
while n < 6:
    n += 1
    if n % 2 == 0:
        continue
    odd.append(n)
else:
    print("else after", n)  # expect: else after 6
print(odd)  # expect: [1, 3, 5]
