# math's integer functions take any object with __index__, and refuse floats and strs with CPython's message.
import math
class I:
    def __index__(self): return 12
print(math.gcd(I(), 18), math.isqrt(I()), math.lcm(I(), 5))
for bad in (lambda: math.gcd(1.5), lambda: math.isqrt("x")):
    try:
        bad()
    except TypeError as e:
        print(e)
# expect: 6 3 60
# expect: 'float' object cannot be interpreted as an integer
# expect: 'str' object cannot be interpreted as an integer
