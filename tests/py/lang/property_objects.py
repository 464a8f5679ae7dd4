# property(fget, fset, fdel, doc), .setter/.deleter copies, staticmethod/classmethod objects: the decorator-free forms
class Temp:
    def __init__(self, c): self._c = c
    def get_f(self): return self._c * 9 / 5 + 32
    def set_f(self, f): self._c = (f - 32) * 5 / 9
    def del_f(self): print("deleting")
    f = property(get_f, set_f, del_f, "fahrenheit")
    def make(cls, v): return cls(v)
    make = classmethod(make)
    def helper(x): return x * 2
    helper = staticmethod(helper)
    ro = property(lambda self: "read-only")
t = Temp(100)
print(t.f, Temp.make(5)._c, Temp.helper(4), t.helper(5), t.ro)  # expect: 212.0 5 8 10 read-only
t.f = 32
print(t._c, Temp.f.__doc__ if hasattr(Temp.f, "__doc__") else "")  # expect: 0.0 fahrenheit
del t.f  # expect: deleting
try: t.ro = 1
except AttributeError as e: print(e)  # expect: property 'ro' of 'Temp' object has no setter
try: del t.ro
except AttributeError as e: print(e)  # expect: property 'ro' of 'Temp' object has no deleter
print(type(Temp.__dict__["f"]).__name__, isinstance(Temp.__dict__["make"], classmethod), callable(Temp.helper))  # expect: property True True
class Base:
    def create(cls): return cls.__name__
    create = classmethod(create)
class Derived(Base): pass
print(Derived.create(), Derived().create(), Base.create())  # expect: Derived Derived Base
p = property(lambda s: 1)
print(p.fget(None), p.fset, p.fdel)  # expect: 1 None None
q = p.setter(lambda s, v: None)
print(q.fset is not None, q is p)  # expect: True False
class Account:
    def __init__(self, balance):
        self._balance = 0
        self.balance = balance
    def _get(self):
        """The balance in cents."""
        return self._balance
    def _set(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value
    balance = property(_get, _set)
    owner = property(fget=lambda self: "anon", doc="who")
    nothing = property()
a = Account(10)
a.balance += 5
print(a.balance, Account.balance.__doc__, Account.owner.__doc__, a.owner, a.__dict__)  # expect: 15 The balance in cents. who anon {'_balance': 15}
try: a.balance = -1
except ValueError as e: print(e)  # expect: balance cannot be negative
try: a.owner = "x"
except AttributeError as e: print(e)  # expect: property 'owner' of 'Account' object has no setter
try: del a.balance
except AttributeError as e: print(e)  # expect: property 'balance' of 'Account' object has no deleter
try: a.nothing
except AttributeError as e: print(e)  # expect: property 'nothing' of 'Account' object has no getter
a.__dict__["balance"] = 99
print(a.balance)  # expect: 15
p = Account.balance
print(p.fget is Account._get, p.fset.__name__, p.fdel, type(p).__name__, isinstance(p, property))  # expect: True _set None property True
p2 = p.deleter(lambda self: print("del!"))
class B(Account):
    balance = p2
b = B(3)
del b.balance  # expect: del!
print(b.balance, hasattr(a, "nothing"))  # expect: 3 False
try: property(1, 2, 3, 4, 5)
except TypeError as e: print(e)  # expect: property() takes at most 4 arguments (5 given)
try: property(fx=1)
except TypeError as e: print(e)  # expect: 'fx' is an invalid keyword argument for property()
try: staticmethod()
except TypeError as e: print(e)  # expect: staticmethod expected 1 argument, got 0
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
class C:
    s = sm
    c = cm
print(C.s("abc"), C().s([1]), C.c(), C().c(), sm.__func__ is len, type(sm).__name__, type(cm).__name__, isinstance(cm, classmethod))  # expect: 3 1 C C True staticmethod classmethod True
