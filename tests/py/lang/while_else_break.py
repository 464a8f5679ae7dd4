# A loop's else runs only when the loop was not broken out of.
n = 0
while n < 3:
    n += 1
else:
    print("finished at", n)  # expect: finished at 3
while True:
    n -= 1
    if n == 1:
        break
else:
    print("not printed")
print("broke at", n)  # expect: broke at 1
