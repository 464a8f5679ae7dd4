# The special methods lesson code uses: repr/str, len/bool, contains, getitem/iter, call, ordering.
class Deck:
    def __init__(self, cards):
        self.cards = list(cards)
    def __repr__(self):
        return f"Deck({self.cards!r})"
    def __str__(self):
        return " ".join(self.cards)
    def __len__(self):
        return len(self.cards)
    def __contains__(self, card):
        return card in self.cards
    def __getitem__(self, i):
        return self.cards[i]
    def __eq__(self, other):
        return isinstance(other, Deck) and self.cards == other.cards
    def __lt__(self, other):
        return len(self) < len(other)
    def __call__(self, n):
        return self.cards[:n]

d = Deck("AKQJ")
print(d, repr(d), [d], f"{d}", f"{d!r}", str(d))  # expect: A K Q J Deck(['A', 'K', 'Q', 'J']) [Deck(['A', 'K', 'Q', 'J'])] A K Q J Deck(['A', 'K', 'Q', 'J']) A K Q J
print(len(d), bool(d), bool(Deck([])), "K" in d, "2" in d, d[0], d[-1], d[1:3])  # expect: 4 True False True False A J ['K', 'Q']
print(list(d), [c.lower() for c in d], sorted(d), max(d), d(2))  # expect: ['A', 'K', 'Q', 'J'] ['a', 'k', 'q', 'j'] ['A', 'J', 'K', 'Q'] Q ['A', 'K']
print(d == Deck("AKQJ"), d != Deck("AK"), sorted([Deck("AB"), Deck("C")]), Deck("A") < Deck("AB"))  # expect: True True [Deck(['C']), Deck(['A', 'B'])] True
for i, card in enumerate(d):
    if i > 1:
        break
    print(i, card)
    # expect: 0 A
    # expect: 1 K
try:
    d[10]
except IndexError as e:
    print(e)  # expect: list index out of range
a, *rest = d
print(a, rest)  # expect: A ['K', 'Q', 'J']
