# sequences with objects that refuse + and *: the concat/repeat messages, __radd__/__rmul__ first, list += iterable
class NoOps: pass
class R:
    def __radd__(self, o): return "radd"
    def __rmul__(self, o): return "rmul"
    def __iter__(self): return iter([7, 8])
for a in ("x", [1], (1,), b"b"):
    for op in ("+", "*", "+=", "*="):
        for b in (NoOps(), R(), 2.5, None):
            try:
                if op == "+": r = a + b
                elif op == "*": r = a * b
                elif op == "+=":
                    c = a; c += b; r = c
                else:
                    c = a; c *= b; r = c
                print(type(a).__name__, op, type(b).__name__, "->", r)
            except TypeError as e:
                print(type(a).__name__, op, type(b).__name__, "->", e)
for b in (NoOps(), R()):
    try: print(b * "ab")
    except TypeError as e: print(e)
    try: print(b + "ab")
    except TypeError as e: print(e)
    try: print(b * 2)
    except TypeError as e: print(e)
# expect: str + NoOps -> can only concatenate str (not "NoOps") to str
# expect: str + R -> radd
# expect: str + float -> can only concatenate str (not "float") to str
# expect: str + NoneType -> can only concatenate str (not "NoneType") to str
# expect: str * NoOps -> can't multiply sequence by non-int of type 'NoOps'
# expect: str * R -> rmul
# expect: str * float -> can't multiply sequence by non-int of type 'float'
# expect: str * NoneType -> can't multiply sequence by non-int of type 'NoneType'
# expect: str += NoOps -> can only concatenate str (not "NoOps") to str
# expect: str += R -> radd
# expect: str += float -> can only concatenate str (not "float") to str
# expect: str += NoneType -> can only concatenate str (not "NoneType") to str
# expect: str *= NoOps -> can't multiply sequence by non-int of type 'NoOps'
# expect: str *= R -> rmul
# expect: str *= float -> can't multiply sequence by non-int of type 'float'
# expect: str *= NoneType -> can't multiply sequence by non-int of type 'NoneType'
# expect: list + NoOps -> can only concatenate list (not "NoOps") to list
# expect: list + R -> radd
# expect: list + float -> can only concatenate list (not "float") to list
# expect: list + NoneType -> can only concatenate list (not "NoneType") to list
# expect: list * NoOps -> can't multiply sequence by non-int of type 'NoOps'
# expect: list * R -> rmul
# expect: list * float -> can't multiply sequence by non-int of type 'float'
# expect: list * NoneType -> can't multiply sequence by non-int of type 'NoneType'
# expect: list += NoOps -> 'NoOps' object is not iterable
# expect: list += R -> radd
# expect: list += float -> 'float' object is not iterable
# expect: list += NoneType -> 'NoneType' object is not iterable
# expect: list *= NoOps -> can't multiply sequence by non-int of type 'NoOps'
# expect: list *= R -> rmul
# expect: list *= float -> can't multiply sequence by non-int of type 'float'
# expect: list *= NoneType -> can't multiply sequence by non-int of type 'NoneType'
# expect: tuple + NoOps -> can only concatenate tuple (not "NoOps") to tuple
# expect: tuple + R -> radd
# expect: tuple + float -> can only concatenate tuple (not "float") to tuple
# expect: tuple + NoneType -> can only concatenate tuple (not "NoneType") to tuple
# expect: tuple * NoOps -> can't multiply sequence by non-int of type 'NoOps'
# expect: tuple * R -> rmul
# expect: tuple * float -> can't multiply sequence by non-int of type 'float'
# expect: tuple * NoneType -> can't multiply sequence by non-int of type 'NoneType'
# expect: tuple += NoOps -> can only concatenate tuple (not "NoOps") to tuple
# expect: tuple += R -> radd
# expect: tuple += float -> can only concatenate tuple (not "float") to tuple
# expect: tuple += NoneType -> can only concatenate tuple (not "NoneType") to tuple
# expect: tuple *= NoOps -> can't multiply sequence by non-int of type 'NoOps'
# expect: tuple *= R -> rmul
# expect: tuple *= float -> can't multiply sequence by non-int of type 'float'
# expect: tuple *= NoneType -> can't multiply sequence by non-int of type 'NoneType'
# expect: bytes + NoOps -> can't concat NoOps to bytes
# expect: bytes + R -> radd
# expect: bytes + float -> can't concat float to bytes
# expect: bytes + NoneType -> can't concat NoneType to bytes
# expect: bytes * NoOps -> can't multiply sequence by non-int of type 'NoOps'
# expect: bytes * R -> rmul
# expect: bytes * float -> can't multiply sequence by non-int of type 'float'
# expect: bytes * NoneType -> can't multiply sequence by non-int of type 'NoneType'
# expect: bytes += NoOps -> can't concat NoOps to bytes
# expect: bytes += R -> radd
# expect: bytes += float -> can't concat float to bytes
# expect: bytes += NoneType -> can't concat NoneType to bytes
# expect: bytes *= NoOps -> can't multiply sequence by non-int of type 'NoOps'
# expect: bytes *= R -> rmul
# expect: bytes *= float -> can't multiply sequence by non-int of type 'float'
# expect: bytes *= NoneType -> can't multiply sequence by non-int of type 'NoneType'
# expect: can't multiply sequence by non-int of type 'NoOps'
# expect: unsupported operand type(s) for +: 'NoOps' and 'str'
# expect: unsupported operand type(s) for *: 'NoOps' and 'int'
# expect: can't multiply sequence by non-int of type 'R'
# expect: unsupported operand type(s) for +: 'R' and 'str'
# expect: unsupported operand type(s) for *: 'R' and 'int'
