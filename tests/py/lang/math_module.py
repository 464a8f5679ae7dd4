# The math module: libm results and CPython's errors (domain, range, argument counts).
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.exp(1), math.log(10), math.log(8, 2), math.log2(1024), math.log10(0.001), math.log1p(1e-10))
print(math.sin(1), math.cos(math.pi), math.tan(0.5), math.atan2(1, -1), math.hypot(3, 4), math.hypot(1, 2, 3), math.degrees(math.pi / 3), math.radians(180))
print(math.floor(2.7), math.floor(-2.5), math.ceil(2.1), math.ceil(-2.1), math.trunc(-3.9), math.floor(5), type(math.floor(2.0)))
print(math.fabs(-3), math.pow(2, 10), math.pow(2, 0.5), math.fmod(-7, 3), -7 % 3, math.copysign(3, -0.0), math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308), math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(1e-12, 0, abs_tol=1e-9))
print(math.factorial(10), math.factorial(20), math.gcd(12, 18), math.gcd(0, -5), math.gcd(12, 18, 27), math.gcd(), math.lcm(4, 6), math.lcm(4, 6, 10), math.isqrt(99), math.isqrt(10**18))
print(math.comb(10, 3), math.perm(5, 2), math.perm(5), math.comb(5, 7), math.prod([1, 2, 3, 4]), math.prod([0.5, 4], start=2), math.prod([]))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.cbrt(27), math.exp2(10))
for f, a in [(math.sqrt, -1), (math.log, 0), (math.log, -1), (math.exp, 1000), (math.factorial, -1), (math.factorial, 2.5), (math.acos, 2), (math.isqrt, -1), (math.pow, (0, -1)), (math.fmod, (1, 0)), (math.floor, float('inf')), (math.floor, float('nan')), (math.sqrt, "x"), (math.comb, (-1, 2))]:
    try:
        f(*a) if isinstance(a, tuple) else f(a)
    except Exception as e:
        print(type(e).__name__, e)
try:
    math.sqrt()
except TypeError as e:
    print(e)
try:
    math.pow(1)
except TypeError as e:
    print(e)
try:
    math.log()
except TypeError as e:
    print(e)
print(math.sqrt(True), math.floor(True))
print(math.hypot(1, 1), math.hypot(0.1, 0.2), math.hypot(1e-320, 1e-320), math.hypot(1e300, 1e300), math.hypot(2, 3, 4, 5, 6), math.hypot(), math.hypot(-7))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]), math.dist((1.5,), (0.25,)))
# expect: 3.141592653589793 2.718281828459045 6.283185307179586 inf -inf nan
# expect: 1.4142135623730951 4.0 2.718281828459045 2.302585092994046 3.0 10.0 -3.0 9.999999999500001e-11
# expect: 0.8414709848078965 -1.0 0.5463024898437905 2.356194490192345 5.0 3.7416573867739413 59.99999999999999 3.141592653589793
# expect: 2 -3 3 -2 -3 5 <class 'int'>
# expect: 3.0 1024.0 1.4142135623730951 -1.0 2 -3.0 (0.25, 3.0) (0.5, 4) 8.0
# expect: True True True True True True
# expect: 3628800 2432902008176640000 6 5 3 0 12 60 9 1000000000
# expect: 120 20 120 0 24 4.0 1
# expect: 1.0 0.9999999999999999 1.0 3.0000000000000004 1024.0
# expect: ValueError math domain error
# expect: ValueError math domain error
# expect: ValueError math domain error
# expect: OverflowError math range error
# expect: ValueError factorial() not defined for negative values
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: ValueError math domain error
# expect: ValueError isqrt() argument must be nonnegative
# expect: ValueError math domain error
# expect: ValueError math domain error
# expect: OverflowError cannot convert float infinity to integer
# expect: ValueError cannot convert float NaN to integer
# expect: TypeError must be real number, not str
# expect: ValueError n must be a non-negative integer
# expect: math.sqrt() takes exactly one argument (0 given)
# expect: pow expected 2 arguments, got 1
# expect: math.log requires 1 to 2 arguments
# expect: 1.0 1
# expect: 1.4142135623730951 0.223606797749979 1.414e-320 1.4142135623730952e+300 9.486832980505138 0.0 7.0
# expect: 5.0 7.0710678118654755 1.25
