# Methods call each other through self; a method is a bound function.
class Account:
    interest = 0.05
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        self._log("deposit", amount)
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        self._log("withdraw", amount)
        return self
    def _log(self, kind, amount):
        self.history.append((kind, amount))
    def add_interest(self):
        return self.deposit(round(self.balance * self.interest, 2))
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"

acct = Account("ann", 100)
acct.deposit(50).withdraw(30).add_interest()
print(acct, acct.history)  # expect: Account('ann', 126.0) [('deposit', 50), ('withdraw', 30), ('deposit', 6.0)]
dep = acct.deposit
dep(1)
print(acct.balance, callable(dep), type(dep).__name__)  # expect: 127.0 True method
try:
    acct.withdraw(10_000)
except ValueError as e:
    print(e)  # expect: insufficient funds: 127.0 < 10000
Account("bob").deposit(-5)
# expect runtime error: ValueError: amount must be positive
