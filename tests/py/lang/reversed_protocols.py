# reversed() of an instance: __reversed__ if the class defines it (None refuses), else __len__ and __getitem__ from the last index down; a deque reverses.
from collections import deque
d = deque([1, 2, 3])
print(list(reversed(d)))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        print("get", i)
        return i * 10
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter("cba")
print(list(reversed(Rev())))
class No:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
try:
    reversed(No())
except TypeError as e:
    print(e)
class Plain:
    pass
try:
    reversed(Plain())
except TypeError as e:
    print(e)
# expect: [3, 2, 1]
# expect: get 2
# expect: get 1
# expect: get 0
# expect: [20, 10, 0]
# expect: ['c', 'b', 'a']
# expect: 'No' object is not reversible
# expect: 'Plain' object is not reversible
