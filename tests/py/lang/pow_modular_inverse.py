# pow(base, exp, mod): a negative exponent means the modular inverse (Python 3.8+).
print(pow(3, -1, 7))  # 3 * 5 == 15 == 1 (mod 7)
# expect: 5
print(pow(10, -3, 13), pow(-3, -1, 7), pow(3, -1, -7))  # expect: 12 2 -2
print(pow(2, 10, 1000), pow(-3, 3, 7), pow(3, 4, -7), pow(7, 0, 1))  # expect: 24 1 -3 0
inv = pow(17, -1, 3120)
print(inv, 17 * inv % 3120)  # expect: 2753 1
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)  # expect: base is not invertible for the given modulus
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)  # expect: pow() 3rd argument cannot be 0
pow(2, 0.5, 3)
# expect runtime error: TypeError: pow() 3rd argument not allowed unless all arguments are integers
