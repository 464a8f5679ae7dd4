# __eq__ returning NotImplemented hands the comparison to the other operand, and
# == falls back to identity when both decline.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        print("Money.__eq__", type(other).__name__)
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents
    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents

class Anything:
    def __eq__(self, other):
        print("Anything.__eq__")
        return True

m = Money(5)
print(m == Money(5))
# expect: Money.__eq__ Money
# expect: True
print(m == 5)
# expect: Money.__eq__ int
# expect: False
print(m != 5)
# expect: Money.__eq__ int
# expect: True
print(5 == m)
# expect: Money.__eq__ int
# expect: False
print(m == Anything())
# expect: Money.__eq__ Anything
# expect: Anything.__eq__
# expect: True
print(m == m)
# expect: Money.__eq__ Money
# expect: True
print([m] == [m], m in [Money(5)])
# expect: Money.__eq__ Money
# expect: True True
print(NotImplemented, Ellipsis, ..., type(NotImplemented).__name__)  # expect: NotImplemented Ellipsis Ellipsis NotImplementedType
print(sorted([Money(3), Money(1)], key=lambda x: x.cents)[0].cents, Money(1) < Money(2))  # expect: 1 True
m < 5
# expect runtime error: TypeError: '<' not supported between instances of 'Money' and 'int'
