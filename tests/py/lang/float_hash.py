# A float hashes as CPython's: an integral float as the equal int, others modulo 2**61 - 1, so sets of floats iterate in CPython's order.
print(hash(1.5), hash(-1.5), hash(0.1), hash(1e300), hash(-2.0), hash(float('inf')), hash(-1.0), hash(2.0**70), hash(1e-300))
print({0.5, 1.25, 3.7, 2.0, -0.1, 1e10})
print(hash(5) == hash(5.0), {1.0: 'a', 1: 'b'})
# expect: 1152921504606846977 -1152921504606846977 230584300921369408 1224995262755759164 -2 314159 -2 512 482449582752280463
# expect: {0.5, 1.25, 2.0, 3.7, -0.1, 10000000000.0}
# expect: True {1.0: 'b'}
