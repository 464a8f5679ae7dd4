# FizzBuzz, primes, fibonacci, word counts, tables with f-string specs
# typical learner programs
def fizzbuzz(n):
    out = []
    for i in range(1, n + 1):
        if i % 15 == 0: out.append("FizzBuzz")
        elif i % 3 == 0: out.append("Fizz")
        elif i % 5 == 0: out.append("Buzz")
        else: out.append(str(i))
    return out
print(", ".join(fizzbuzz(15)))
def is_prime(n):
    if n < 2: return False
    i = 2
    while i * i <= n:
        if n % i == 0: return False
        i += 1
    return True
print([p for p in range(50) if is_prime(p)])
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print([fib(i) for i in range(15)], fib(90))
memo = {}
def fibm(n):
    if n in memo: return memo[n]
    r = n if n < 2 else fibm(n - 1) + fibm(n - 2)
    memo[n] = r
    return r
print(fibm(80))
grades = {"alice": [90, 85, 77], "bob": [60, 75], "carol": []}
for name, gs in grades.items():
    avg = sum(gs) / len(gs) if gs else 0
    print(f"{name:<8}{avg:>6.2f} {'*' * int(avg // 10)}")
print(f"{'Name':^10}|{'Score':^7}|")
print("-" * 19)
for n, s in [("x", 1.5), ("yy", 22.25)]:
    print(f"{n:^10}|{s:^7.1f}|")
words = "It was the best of times it was the worst of times".lower().split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda p: p[1], reverse=True)[:3]
print(top)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [[r[i] for r in matrix] for i in range(3)])
print(sum(map(sum, matrix)), max(map(max, matrix)))
s = "A man, a plan, a canal: Panama"
clean = "".join(ch.lower() for ch in s if ch.isalnum())
print(clean == clean[::-1], clean)
def binsearch(a, x):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x: return mid
        if a[mid] < x: lo = mid + 1
        else: hi = mid - 1
    return -1
print(binsearch(list(range(0, 100, 3)), 27), binsearch([1, 2], 5))
def bubble(a):
    a = a[:]
    for i in range(len(a)):
        for j in range(len(a) - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
    return a
print(bubble([5, 2, 9, 1, 5, 6]))
temps_c = [-40, 0, 37, 100]
print([round(c * 9 / 5 + 32, 1) for c in temps_c], list(map(lambda c: c * 1.8 + 32, temps_c)))
print(f"{1/7:.10f} {22/7:.3f} {100/3:,.4f} {2**31:,} {2**62:_}")
print(f"{'%':>3} {5:3d}% {0.456:.1%}")
inventory = {"apples": 3, "pears": 0}
for item, qty in inventory.items():
    status = "in stock" if qty else "sold out"
    print(f"{item!r:>10}: {qty:02d} ({status})")
print(divmod(125, 60), "%d:%02d" % divmod(125, 60), "{}m {}s".format(*divmod(3725, 60)))
print(bin(10)[2:].zfill(8), int("00001010", 2), f"{10:08b}", oct(64), hex(0xdead_beef))
print(chr(ord("a") + 1), [chr(c) for c in range(65, 70)], "".join(chr(ord(c) ^ 32) for c in "Hello"))
print(list(range(10))[2:8:3], "abcdefgh"[::3], "abcdefgh"[-2:-7:-2])
# expect: 1, 2, Fizz, 4, Buzz, Fizz, 7, 8, Fizz, Buzz, 11, Fizz, 13, 14, FizzBuzz
# expect: [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47]
# expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377] 2880067194370816120
# expect: 23416728348467685
# expect: alice    84.00 ********
# expect: bob      67.50 ******
# expect: carol     0.00 
# expect:    Name   | Score |
# expect: -------------------
# expect:     x     |  1.5  |
# expect:     yy    | 22.2  |
# expect: [('it', 2), ('was', 2), ('the', 2)]
# expect: [[1, 4], [2, 5], [3, 6]] [[1, 4], [2, 5], [3, 6]]
# expect: 21 6
# expect: True amanaplanacanalpanama
# expect: 9 -1
# expect: [1, 2, 5, 5, 6, 9]
# expect: [-40.0, 32.0, 98.6, 212.0] [-40.0, 32.0, 98.60000000000001, 212.0]
# expect: 0.1428571429 3.143 33.3333 2,147,483,648 4_611_686_018_427_387_904
# expect:   %   5% 45.6%
# expect:   'apples': 03 (in stock)
# expect:    'pears': 00 (sold out)
# expect: (2, 5) 2:05 62m 5s
# expect: 00001010 10 00001010 0o100 0xdeadbeef
# expect: b ['A', 'B', 'C', 'D', 'E'] hELLO
# expect: [2, 5] adg gec
