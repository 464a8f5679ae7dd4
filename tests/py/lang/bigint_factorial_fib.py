# The classic recursion demos need big ints: factorial(25) and fib(100) in CPython.
def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print(factorial(20))
# expect: 2432902008176640000
print(factorial(25))
# expect: 15511210043330985984000000
print(factorial(100))
# expect: 93326215443944152681699238856266700490715968264381621468592963895217599993229915608941463976156518286253697920827223758251185210916864000000000000000000000000
print(fib(92))
# expect: 7540113804746346429
print(fib(100))
# expect: 354224848179261915075
print(fib(300))
# expect: 222232244629420445529739893461909967206666939096499764990979600
f = 1
for i in range(2, 1001):
    f *= i
print(len(str(f)), f % (10 ** 9 + 7))
# expect: 2568 641419708
print(sum(int(d) for d in str(2 ** 1000)))
# expect: 1366
memo = {0: 0, 1: 1}
def mfib(n):
    if n not in memo:
        memo[n] = mfib(n - 1) + mfib(n - 2)
    return memo[n]
print(mfib(500))
# expect: 139423224561697880139724382870407283950070256587697307264108962948325571622863290691557658876222521294125
