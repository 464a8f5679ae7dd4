# protocol results checked as CPython: __str__/__repr__ must return str, __len__ an int >= 0, __bool__ a bool, __iter__ an iterator
class BadStr:
    def __str__(self): return 5
    def __repr__(self): return None
class BadLen:
    def __len__(self): return "3"
class BigLen:
    def __len__(self): return -1
class BadBool:
    def __bool__(self): return 1
class BadIter:
    def __iter__(self): return [1, 2]
class GoodIter:
    def __iter__(self): return iter([1, 2])
class NextOnly:
    def __init__(self): self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration
        return self.n
    def __iter__(self): return self
class Contains:
    def __contains__(self, x): return x * 2
class Eq:
    def __eq__(self, o): return "yes"
    __hash__ = None
tests = [lambda: str(BadStr()), lambda: repr(BadStr()), lambda: f"{BadStr()}", lambda: print(BadStr()), lambda: [BadStr()].__repr__(),
         lambda: len(BadLen()), lambda: len(BigLen()), lambda: bool(BadBool()), lambda: not BadBool(), lambda: list(BadIter()), lambda: iter(BadIter()),
         lambda: list(GoodIter()), lambda: list(NextOnly()), lambda: [x for x in NextOnly()], lambda: 2 in Contains(), lambda: 0 in Contains(),
         lambda: Eq() == 1, lambda: Eq() != 1, lambda: [Eq()] == [1], lambda: Eq() in [1], lambda: {Eq()}, lambda: hash(Eq()), lambda: "%s" % BadStr(),
         lambda: "{}".format(BadStr()), lambda: max(NextOnly()), lambda: sorted(GoodIter()), lambda: dict.fromkeys(NextOnly()), lambda: sum(GoodIter()),
         lambda: "".join(BadIter()), lambda: zip(BadIter()), lambda: enumerate(BadIter()), lambda: tuple(NextOnly()), lambda: set(GoodIter()),
         lambda: BadLen() if BadLen() else 0, lambda: bool(BigLen())]
for i, t in enumerate(tests):
    try: print(i, repr(t()))
    except Exception as e: print(i, type(e).__name__, e)
class ViewIter:
    def __iter__(self): return {1: 2}.keys()
try: list(ViewIter())
except TypeError as e: print(e)
class GenIter:
    def __iter__(self): return (x for x in "ab")
print(list(GenIter()))
# expect: 0 TypeError __str__ returned non-string (type int)
# expect: 1 TypeError __repr__ returned non-string (type NoneType)
# expect: 2 TypeError __str__ returned non-string (type int)
# expect: 3 TypeError __str__ returned non-string (type int)
# expect: 4 TypeError __repr__ returned non-string (type NoneType)
# expect: 5 TypeError 'str' object cannot be interpreted as an integer
# expect: 6 ValueError __len__() should return >= 0
# expect: 7 TypeError __bool__ should return bool, returned int
# expect: 8 TypeError __bool__ should return bool, returned int
# expect: 9 TypeError iter() returned non-iterator of type 'list'
# expect: 10 TypeError iter() returned non-iterator of type 'list'
# expect: 11 [1, 2]
# expect: 12 [1, 2]
# expect: 13 [1, 2]
# expect: 14 True
# expect: 15 False
# expect: 16 'yes'
# expect: 17 False
# expect: 18 True
# expect: 19 True
# expect: 20 TypeError unhashable type: 'Eq'
# expect: 21 TypeError unhashable type: 'Eq'
# expect: 22 TypeError __str__ returned non-string (type int)
# expect: 23 TypeError __str__ returned non-string (type int)
# expect: 24 2
# expect: 25 [1, 2]
# expect: 26 {1: None, 2: None}
# expect: 27 3
# expect: 28 TypeError can only join an iterable
# expect: 29 TypeError iter() returned non-iterator of type 'list'
# expect: 30 TypeError iter() returned non-iterator of type 'list'
# expect: 31 (1, 2)
# expect: 32 {1, 2}
# expect: 33 TypeError 'str' object cannot be interpreted as an integer
# expect: 34 ValueError __len__() should return >= 0
# expect: iter() returned non-iterator of type 'dict_keys'
# expect: ['a', 'b']
