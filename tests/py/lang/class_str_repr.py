# __str__ is used by print and str(); __repr__ by repr(), containers and !r.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __str__(self):
        return f"${self.cents / 100:.2f}"

    def __repr__(self):
        return f"Money({self.cents})"

m = Money(1250)
print(m)  # expect: $12.50
print(str(m), repr(m))  # expect: $12.50 Money(1250)
print([m, Money(5)])  # expect: [Money(1250), Money(5)]
print(f"{m} {m!r}")  # expect: $12.50 Money(1250)
print("{}".format(m))  # expect: $12.50
print("%s %r" % (m, m))  # expect: $12.50 Money(1250)
print({"k": m})  # expect: {'k': Money(1250)}
