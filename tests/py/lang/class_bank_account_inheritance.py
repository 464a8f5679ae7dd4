# A bank account class with a subclass: super(), validation errors, sorting by balance
class BankAccount:
    interest = 0.02
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"Deposit must be positive, got {amount}")
        self._balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self._balance:
            raise ValueError("Insufficient funds")
        self._balance -= amount
        self.history.append(("withdraw", amount))
    def balance(self):
        return self._balance
    def __repr__(self):
        return f"BankAccount(owner={self.owner!r}, balance={self._balance:.2f})"
    def __str__(self):
        return f"{self.owner}: ${self._balance:,.2f}"
class Savings(BankAccount):
    def __init__(self, owner, balance=0.0, rate=0.05):
        super().__init__(owner, balance)
        self.rate = rate
    def add_interest(self):
        self.deposit(self._balance * self.rate)
    def __repr__(self):
        return "Savings:" + super().__repr__()
a = BankAccount("Ann", 1000)
a.deposit(250.5)
try:
    a.withdraw(5000)
except ValueError as e:
    print("Error:", e)
try:
    a.deposit(-5)
except ValueError as e:
    print("Error:", e)
print(a, repr(a), a.history)
s = Savings("Bob", 1234567.891)
s.add_interest()
print(s, [s], str(s), s.interest, Savings.interest, s.rate)
accounts = [a, s, BankAccount("Cy", 10)]
for acc in sorted(accounts, key=lambda x: x.balance()):
    print(f"{acc.owner:>5} {acc.balance():>15,.2f}")
print(max(accounts, key=BankAccount.balance).owner)
print(isinstance(s, BankAccount), type(s).__name__, type(s).__mro__[1].__name__)
# expect: Error: Insufficient funds
# expect: Error: Deposit must be positive, got -5
# expect: Ann: $1,250.50 BankAccount(owner='Ann', balance=1250.50) [('deposit', 250.5)]
# expect: Bob: $1,296,296.29 [Savings:BankAccount(owner='Bob', balance=1296296.29)] Bob: $1,296,296.29 0.02 0.02 0.05
# expect:    Cy           10.00
# expect:   Ann        1,250.50
# expect:   Bob    1,296,296.29
# expect: Bob
# expect: True Savings BankAccount
