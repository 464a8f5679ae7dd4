# container dunders on a simple class: __len__, __getitem__, __contains__, __iter__, __eq__, __bool__; errors when missing
class Stack:
    def __init__(self, *items):
        self._items = list(items)
    def __len__(self):
        return len(self._items)
    def __getitem__(self, i):
        return self._items[i]
    def __contains__(self, x):
        print("contains", x)
        return x in self._items
    def __iter__(self):
        return iter(self._items[::-1])
    def __repr__(self):
        return f"Stack({self._items!r})"
    def __eq__(self, other):
        if not isinstance(other, Stack):
            return NotImplemented
        return self._items == other._items
    def __bool__(self):
        return bool(self._items)
s = Stack(1, 2, 3)
print(len(s), s[0], s[-1], s[1:], 2 in s, 5 not in s, list(s), s == Stack(1, 2, 3), s != Stack(1), s == 5)
# expect: contains 2
# expect: contains 5
# expect: 3 1 3 [2, 3] True True [3, 2, 1] True True False
print(sorted(s), sum(s), max(s), [x * 2 for x in s], dict(enumerate(s)), tuple(s), set(s) == {1, 2, 3})  # expect: [1, 2, 3] 6 3 [6, 4, 2] {0: 3, 1: 2, 2: 1} (3, 2, 1) True
a, b, c = s
print(a, b, c, *s)  # expect: 3 2 1 3 2 1
print(bool(Stack()), "yes" if Stack(0) else "no", not s)  # expect: False yes False
try: s[10]
except IndexError as e: print("IndexError", e)  # expect: IndexError list index out of range
try: hash(s)
except TypeError as e: print(e)  # expect: unhashable type: 'Stack'
class G:
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
print(list(G()), 20 in G(), 5 in G())  # expect: [0, 10, 20] True False
for x in G(): print(x, end=" ")  # expect: 0 10 20 
print()
class N:
    pass
try: len(N())
except TypeError as e: print(e)  # expect: object of type 'N' has no len()
try: N()[0]
except TypeError as e: print(e)  # expect: 'N' object is not subscriptable
try: iter(N())
except TypeError as e: print(e)  # expect: 'N' object is not iterable
try: 1 in N()
except TypeError as e: print(e)  # expect: argument of type 'N' is not iterable
try: N()[0] = 1
except TypeError as e: print(e)  # expect: 'N' object does not support item assignment
try: del N()[0]
except TypeError as e: print(e)  # expect: 'N' object doesn't support item deletion
try:
    for x in N(): pass
except TypeError as e: print(e)  # expect: 'N' object is not iterable
