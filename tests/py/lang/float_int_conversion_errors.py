# Converting inf and nan to int.
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)  # expect: OverflowError: cannot convert float infinity to integer
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: cannot convert float NaN to integer
print(int(1e18))  # expect: 1000000000000000000
print(float(2 ** 53 + 1))  # expect: 9007199254740992.0
