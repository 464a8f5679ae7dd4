# super().__init__ runs the parent's initialiser.
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

class Savings(Account):
    def __init__(self, owner, rate):
        super().__init__(owner, 100)
        self.rate = rate

s = Savings("ann", 0.02)
print(s.owner, s.balance, s.rate)  # expect: ann 100 0.02
