# bytes is an immutable sequence of ints: indexing gives ints, slicing gives bytes.
data = b"hello world"
print(len(data), data[0], data[-1], data[1:5], data[::2], data[::-1], data[100:])
print(data + b"!", b"ab" * 3, 2 * b"xy", b"" * 5, list(b"AZ"), tuple(b"\x00\xff"))
print(b"wor" in data, b"" in data, 104 in data, 0 in data)
print(b"abc" == b"abc", b"abc" != b"abd", b"abc" == "abc", b"a" < b"b", b"ab" < b"a\xff", b"b" >= b"ab")
print(sorted([b"pear", b"apple", b"fig"]), min(b"zap"), max([b"x", b"y"]), sum(b"\x01\x02"))
print(bool(b""), bool(b"\x00"), not b"", b"" or "empty")
print(hash(b"abc") == hash(b"abc"), {b"a": 1, b"b": 2}[b"b"], len({b"x", b"x", b"y"}))
total = b""
for ch in [b"a", b"b", b"c"]:
    total += ch
print(total, [c for c in b"hi"], [bytes([c]) for c in b"hi"])

# expect: 11 104 100 b'ello' b'hlowrd' b'dlrow olleh' b''
# expect: b'hello world!' b'ababab' b'xyxy' b'' [65, 90] (0, 255)
# expect: True True True False
# expect: True True False True True True
# expect: [b'apple', b'fig', b'pear'] 97 b'y' 3
# expect: False True True empty
# expect: True 2 2
# expect: b'abc' [104, 105] [b'h', b'i']
