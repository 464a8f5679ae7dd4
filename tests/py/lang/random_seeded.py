# random with a seed gives CPython's numbers: Mersenne Twister, getrandbits-based ranges, shuffle, sample, choices, gauss; float seeds go through hash().
import random
random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 6) for _ in range(10)])
print(random.choice(["a", "b", "c"]), random.uniform(1, 2))
xs = list(range(10)); random.shuffle(xs); print(xs)
print(random.sample(range(100), 5), random.sample("abcdefgh", 3))
print(random.choices("abc", k=5), random.choices([1, 2, 3], weights=[1, 0, 5], k=6))
print(random.gauss(0, 1), random.gauss(), random.normalvariate(5, 2))
print(random.expovariate(2.0), random.triangular(0, 10, 3))
print(random.randrange(10), random.randrange(5, 50, 5), random.randrange(10, 0, -3))
print(random.getrandbits(8), random.getrandbits(32), random.getrandbits(40))
random.seed(0); print(random.random())
random.seed(-7); print(random.random())
random.seed(2**40 + 5); print(random.random())
random.seed(1.5); print(random.random())
random.seed(True); print(random.random())
r = random.Random(123); print(r.randint(0, 1000), r.random())
print(random.sample(range(1000), 30)[:5])
for bad in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randint(5, 1), lambda: random.sample({1,2}, 1), lambda: random.sample([1], 2), lambda: random.randrange(1, 10, 0)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
for s in [-1.5, 0.0, 2.5, -0.25, 1e300]:
    random.seed(s); print(s, random.random())
# expect: 0.6394267984578837 0.025010755222666936
# expect: [3, 2, 2, 2, 6, 1, 6, 6, 5, 1]
# expect: c 1.4219218196852705
# expect: [6, 7, 2, 9, 5, 4, 8, 3, 1, 0]
# expect: [91, 83, 89, 69, 53] ['d', 'h', 'e']
# expect: ['a', 'c', 'c', 'a', 'b'] [3, 3, 3, 1, 3, 3]
# expect: -0.4363419265736475 0.6512080656411522 2.1022586350800223
# expect: 0.06666637066604682 7.6677641718666605
# expect: 1 45 4
# expect: 212 2699987374 973319131002
# expect: 0.8444218515250481
# expect: 0.32383276483316237
# expect: 0.5043802970418443
# expect: 0.551763726942059
# expect: 0.13436424411240122
# expect: 53 0.2676771662174662
# expect: [867, 821, 782, 64, 261]
# expect: IndexError Cannot choose from an empty sequence
# expect: ValueError empty range for randrange()
# expect: ValueError empty range for randrange() (5, 2, -3)
# expect: TypeError Population must be a sequence.  For dicts or sets, use sorted(d).
# expect: ValueError Sample larger than population or is negative
# expect: ValueError zero step for randrange()
# expect: -1.5 0.7101153317194698
# expect: 0.0 0.8444218515250481
# expect: 2.5 0.41877545666909954
# expect: -0.25 0.8538447723761984
# expect: 1e+300 0.2614143642581235
