# sys.exit('text') prints the text to stderr and exits 1
import sys
def check(n):
    if n < 0:
        sys.exit(f"negative: {n}")
    return n
print(check(1))
check(-5)
# expect: 1
# expect runtime error: negative: -5
