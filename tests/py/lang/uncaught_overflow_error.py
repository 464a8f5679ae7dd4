# Converting an infinite float to int.
big = float("inf")
print(big > 10 ** 18)  # expect: True
int(big)
# expect runtime error: OverflowError: cannot convert float infinity to integer
