# A custom exception carrying attributes: str, repr, args, then uncaught from a method
class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"cannot withdraw {amount}, balance is {balance}")
        self.balance = balance
        self.amount = amount
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        return self.balance
acct = Account("ann", 100)
print(acct.withdraw(30))
try:
    acct.withdraw(500)
except InsufficientFunds as e:
    print("error:", e)
    print(repr(e))
    print(e.args)
    print(e.balance, e.amount)
e = InsufficientFunds(1, 2)
print(str(e), e.args)
class E2(Exception): pass
print(repr(E2()), str(E2()), repr(E2(1, "two")), str(E2(1, "two")), str(E2("one")))
print(repr(ValueError("x")), repr(KeyError("k")), str(KeyError("k")), str(KeyError()))
print(str(KeyError(1, 2)))
acct.withdraw(1000)
# expect: 70
# expect: error: cannot withdraw 500, balance is 70
# expect: InsufficientFunds('cannot withdraw 500, balance is 70')
# expect: ('cannot withdraw 500, balance is 70',)
# expect: 70 500
# expect: cannot withdraw 2, balance is 1 ('cannot withdraw 2, balance is 1',)
# expect: E2()  E2(1, 'two') (1, 'two') one
# expect: ValueError('x') KeyError('k') 'k' 
# expect: (1, 2)
# expect runtime error: InsufficientFunds: cannot withdraw 1000, balance is 70
