# CPython 3.11 limits int<->str conversion to 4300 decimal digits; hex has no limit.
ok = 10 ** 4299
print(len(str(ok)), len(repr(-ok)))
# expect: 4300 4301
big = 10 ** 4300
print(len(hex(big)), big.bit_length())
# expect: 3574 14285
print(int("9" * 4300) + 1 == big)
# expect: True
print(len(hex(int("f" * 5000, 16))), len(bin(-(2 ** 20000))))
# expect: 5002 20004
try:
    str(big)
except ValueError as e:
    print("ValueError:", e)
# expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
# expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit
try:
    print(f"{big:,}")
except ValueError as e:
    print("ValueError:", e)
# expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
try:
    print("%d" % big)
except ValueError as e:
    print("ValueError:", e)
# expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
print(big > ok, big // ok)
# expect: True 10
text = str(2 ** (10 ** 6))
# expect runtime error: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
