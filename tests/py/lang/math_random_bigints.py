# math and random over big ints: str/bytes/big seeds (SHA-512 and the seed's 32-bit words), big ranges, factorial/comb/perm/gcd/lcm/isqrt beyond 64 bits, floor/ceil of big floats.
import math, random
random.seed("hello"); print(random.random())
random.seed(b"bytes"); print(random.randint(1, 10**30))
random.seed(2**100 + 17); print(random.random(), random.getrandbits(100))
print(random.randrange(10**25), random.randint(-2**70, 2**70))
print(math.factorial(30), math.comb(100, 50), math.perm(30, 20))
print(math.floor(1e30), math.ceil(-1e25), math.trunc(2.5e20))
print(math.gcd(2**80, 6**40), math.lcm(2**70, 3**50))
print(math.prod(range(1, 26)), math.sqrt(10**30), math.log(10**100), math.log2(2**200), math.log10(10**50))
try:
    math.isqrt(10**40)
except Exception as e:
    print(type(e).__name__, e)
print(sum(i * i for i in range(10**6)))
xs = list(range(20)); random.shuffle(xs); print(xs)
print(math.isqrt(10**40), math.isqrt(2**127 - 1), math.isqrt(10**41 + 12345))
print(math.gcd(-2**80, 6**40, 2**63), math.gcd(-(2**63), 0), math.lcm(-4, 6), math.gcd(7))
print(math.comb(10**20, 2), math.perm(10**19, 3), math.comb(60, 30), math.factorial(25))
print(math.floor(-0.5), math.ceil(2**70 + 0.0), math.fsum([10**20, 1.5]))
# expect: 0.3537754404730722
# expect: 483664119624657901927896540711
# expect: 0.44461458777686025 1074398241560208632252796154552
# expect: 4306699714486737196154013 -719247859887824501363
# expect: 265252859812191058636308480000000 100891344545564193334812497256 73096577329197271449600000
# expect: 1000000000000000019884624838656 -10000000000000000905969664 250000000000000000000
# expect: 1099511627776 847544348798892439652940749688313000363032576
# expect: 15511210043330985984000000 1000000000000000.0 230.25850929940458 200.0 50.0
# expect: 333332833333500000
# expect: [0, 15, 2, 12, 10, 11, 4, 7, 6, 5, 14, 1, 18, 8, 16, 17, 19, 3, 13, 9]
# expect: 100000000000000000000 13043817825332782212 316227766016837933199
# expect: 1099511627776 9223372036854775808 12 7
# expect: 4999999999999999999950000000000000000000 999999999999999999700000000000000000020000000000000000000 118264581564861424 15511210043330985984000000
# expect: -1 1180591620717411303424 1e+20
