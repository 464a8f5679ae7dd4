# x if cond else y, and nesting it.
def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"

print(sign(-2), sign(0), sign(5))  # expect: neg zero pos
x = 7
print("odd" if x % 2 else "even")  # expect: odd
print([("F" if i % 3 == 0 else i) for i in range(1, 5)])  # expect: [1, 2, 'F', 4]
