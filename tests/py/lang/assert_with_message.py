# A failing assert with a message.
def withdraw(balance, amount):
    assert amount > 0, f"amount must be positive, got {amount}"
    return balance - amount

print(withdraw(10, 3))  # expect: 7
withdraw(10, -5)
# expect runtime error: AssertionError: amount must be positive, got -5
