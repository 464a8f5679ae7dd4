# str.encode and bytes.decode: utf-8 by default, ascii and latin-1 by name.
text = "naïve café €"
data = text.encode()
print(data, len(text), len(data), data.decode() == text)
print("abc".encode("ascii"), "é".encode("latin-1"), "é".encode("utf-8"), "x".encode(encoding="UTF8"))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"abc".decode("ascii"))
print(str(b"abc", "utf-8"), str(b"\xff", "latin-1"), bytes("hé", "utf-8"), bytes("hé", encoding="latin-1"))
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), "é€".encode("ascii", "replace"))
for data in [b"\xff", b"ok\x80", b"\xe2\x82", b"\xe2(\xa1", b"\xf0\x90(", b"\xed\xa0\x80"]:
    try:
        data.decode()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
for text, enc in [("é", "ascii"), ("a€", "latin-1"), ("ok 😀", "ascii")]:
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)
try:
    b"\x80".decode("ascii")
except UnicodeError as e:
    print(type(e).__name__, "is a ValueError:", isinstance(e, ValueError), e)
try:
    b"x".decode("rot13-ish")
except LookupError as e:
    print("LookupError:", e)

# expect: b'na\xc3\xafve caf\xc3\xa9 \xe2\x82\xac' 12 16 True
# expect: b'abc' b'\xe9' b'\xc3\xa9' b'x'
# expect: café café abc
# expect: abc ÿ b'h\xc3\xa9' b'h\xe9'
# expect: a�b ab b'??'
# expect: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
# expect: UnicodeDecodeError: 'utf-8' codec can't decode byte 0x80 in position 2: invalid start byte
# expect: UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data
# expect: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe2 in position 0: invalid continuation byte
# expect: UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte
# expect: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte
# expect: UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)
# expect: UnicodeEncodeError: 'latin-1' codec can't encode character '\u20ac' in position 1: ordinal not in range(256)
# expect: UnicodeEncodeError: 'ascii' codec can't encode character '\U0001f600' in position 3: ordinal not in range(128)
# expect: UnicodeDecodeError is a ValueError: True 'ascii' codec can't decode byte 0x80 in position 0: ordinal not in range(128)
# expect: LookupError: unknown encoding: rot13-ish
