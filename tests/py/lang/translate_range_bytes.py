# str.maketrans/translate (a Caesar cipher), range.start/stop/step, int.to_bytes/from_bytes
table = str.maketrans("abc", "xyz")
print(table, "aabbcc-d".translate(table), "".maketrans("a", "b"))  # expect: {97: 120, 98: 121, 99: 122} xxyyzz-d {97: 98}
shift = 3
letters = "abcdefghijklmnopqrstuvwxyz"
caesar = str.maketrans(letters + letters.upper(), letters[shift:] + letters[:shift] + letters.upper()[shift:] + letters.upper()[:shift])
msg = "Hello, World!".translate(caesar)
print(msg, msg.translate(str.maketrans(letters[shift:] + letters[:shift], letters)))  # expect: Khoor, Zruog! Kello, Zorld!
print("hello world".translate(str.maketrans("", "", "lo")), str.maketrans("ab", "cd", "e"))  # expect: he wrd {97: 99, 98: 100, 101: None}
print(str.maketrans({"a": "1", "b": None, 99: "C", "é": 101}), "abcé".translate({97: "AA", 98: None, 99: 100, 233: "e"}))  # expect: {97: '1', 98: None, 99: 'C', 233: 101} AAde
print("abc".translate({}), "abc".translate([None, None]), "naïve".translate({ord("ï"): "i"}))  # expect: abc abc naive
class T:
    def __getitem__(self, k):
        if k == ord("x"): raise KeyError(k)
        return k + 1
print("axb".translate(T()))  # expect: bxc
for bad in (lambda: str.maketrans("ab", "c"), lambda: str.maketrans(1), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans("a", 1),
            lambda: "a".translate({97: 1.5}), lambda: "a".translate({97: -1}), lambda: str.maketrans(), lambda: str.maketrans({1.5: 2})):
    try: print(bad())
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
    # expect: ValueError the first two maketrans arguments must have equal length
    # expect: TypeError if you give only one argument to maketrans it must be a dict
    # expect: ValueError string keys in translate table must be of length 1
    # expect: TypeError maketrans() argument 2 must be str, not int
    # expect: TypeError character mapping must return integer, None or str
    # expect: ValueError character mapping must be in range(0x110000)
    # expect: TypeError maketrans expected at least 1 argument, got 0
    # expect: TypeError keys in translate table must be strings or integers
r = range(2, 20, 3)
print(r.start, r.stop, r.step, range(5).start, range(5).step, range(0, -5, -1).stop)  # expect: 2 20 3 0 1 -5
print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"), (1).to_bytes(), (-1).to_bytes(2, "big", signed=True), (1024).to_bytes(4, byteorder="little"), (0).to_bytes(0, "big"))  # expect: b'\x00\xff' b'\xff\x00' b'\x01' b'\xff\xff' b'\x00\x04\x00\x00' b''
print(int.from_bytes(b"\x00\xff", "big"), int.from_bytes(b"\xff\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes([1, 2]), int.from_bytes(b""), int.from_bytes(b"\x80", signed=True), int.from_bytes(b"\x00" * 10 + b"\x05", "big"))  # expect: 255 255 -1 258 0 -128 5
print(int.from_bytes(b"\xff" * 8 + b"\x80", "big", signed=True) if False else int.from_bytes(b"\xff" * 9, "big", signed=True), True.to_bytes(1, "big"), (9223372036854775807).to_bytes(8, "big"), int.from_bytes((9223372036854775807).to_bytes(8, "big"), "big"))  # expect: -1 b'\x01' b'\x7f\xff\xff\xff\xff\xff\xff\xff' 9223372036854775807
for bad in (lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle"), lambda: (128).to_bytes(1, "big", signed=True),
            lambda: (1).to_bytes(-1, "big"), lambda: int.from_bytes(b"x", "mid")):
    try: print(bad())
    except (OverflowError, ValueError) as e: print(type(e).__name__, e)
    # expect: OverflowError int too big to convert
    # expect: OverflowError can't convert negative int to unsigned
    # expect: ValueError byteorder must be either 'little' or 'big'
    # expect: OverflowError int too big to convert
    # expect: ValueError length argument must be non-negative
    # expect: ValueError byteorder must be either 'little' or 'big'
