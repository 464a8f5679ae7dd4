# Division by zero in a nested call.
def ratio(a, b):
    return a / b

def report(a, b):
    return f"ratio {ratio(a, b)}"

print(report(1, 2))  # expect: ratio 0.5
print(report(1, 0))
# expect runtime error: ZeroDivisionError: division by zero
