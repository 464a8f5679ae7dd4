# Plain recursion: factorial, fibonacci, mutual recursion.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print(fact(20))  # expect: 2432902008176640000
print(fib(20))  # expect: 6765
print(is_even(10), is_odd(7))  # expect: True True
