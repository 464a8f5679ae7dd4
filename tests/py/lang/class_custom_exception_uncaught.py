# An uncaught custom exception shows its class name and message.
class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__(f"need {needed} more")
        self.needed = needed

def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(amount - balance)
    return balance - amount

def pay(amount):
    return withdraw(10, amount)

print(pay(4))  # expect: 6
pay(15)
# expect runtime error: InsufficientFunds: need 5 more
