# __index__: a class standing for an int in subscripts, slices, range(), repetition, hex/bin/oct and int arguments
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __repr__(self): return f"I({self.v})"
lst = list(range(10))
t = tuple("abcdef")
print(lst[I(3)], t[I(-1)], "hello"[I(1)], lst[I(1):I(4)], lst[::I(3)], range(10)[I(2)])  # expect: 3 f e [1, 2, 3] [0, 3, 6, 9] 2
lst[I(0)] = "zero"
del lst[I(1)]
print(lst[:3], list(range(I(3))), list(range(I(1), I(7), I(2))), [0] * I(3), I(2) * "ab", hex(I(255)), bin(I(5)), oct(I(8)))  # expect: ['zero', 2, 3] [0, 1, 2] [1, 3, 5] [0, 0, 0] abab 0xff 0b101 0o10
print(lst.pop(I(0)), lst.index(3, I(0)), "abc".center(I(7), "*"), chr(I(65)), [1, 2, 3][I(True)] if False else "")  # expect: zero 1 **abc** A 
class Bad:
    def __index__(self): return 1.5
try: lst[Bad()]
except TypeError as e: print(e)  # expect: __index__ returned non-int (type float)
try: lst[I("x")]
except TypeError as e: print(e)  # expect: __index__ returned non-int (type str)
print(int(I(7)) if hasattr(I, "__int__") else "no int", round(2.567, I(2)), (10).to_bytes(I(2), "big"), "abcdef"[slice(I(1), None)])  # expect: no int 2.57 b'\x00\n' bcdef
