# Default values are evaluated when the def runs, not when the call does.
n = 1
def show(x=n):
    return x
n = 2
print(show())  # expect: 1
print(n)  # expect: 2
