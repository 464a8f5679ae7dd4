# bytes and str do not mix: CPython's messages for each mistake.
for bad in [lambda: b"a" + "b", lambda: "a" + b"b", lambda: b"a"[5], lambda: "a" in b"a",
            lambda: 300 in b"a", lambda: b"a" < "b", lambda: sum([b"a"], b""), lambda: b"a,b".split(","),
            lambda: b"a".split(b""), lambda: b"".join(["a"]), lambda: b"ab".startswith("a"),
            lambda: b"abc".index(b"z"), lambda: b"x" * 1.5, lambda: b"x".find("x")]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
key = "k"
try:
    b"abc"[key]
except TypeError as e:
    print("TypeError:", e)
print("café".encode("ascii"))
# expect: TypeError: can't concat str to bytes
# expect: TypeError: can only concatenate str (not "bytes") to str
# expect: IndexError: index out of range
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: ValueError: byte must be in range(0, 256)
# expect: TypeError: '<' not supported between instances of 'bytes' and 'str'
# expect: TypeError: sum() can't sum bytes [use b''.join(seq) instead]
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: ValueError: empty separator
# expect: TypeError: sequence item 0: expected a bytes-like object, str found
# expect: TypeError: startswith first arg must be bytes or a tuple of bytes, not str
# expect: ValueError: subsection not found
# expect: TypeError: can't multiply sequence by non-int of type 'float'
# expect: TypeError: argument should be integer or bytes-like object, not 'str'
# expect: TypeError: byte indices must be integers or slices, not str
# expect runtime error: UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 3: ordinal not in range(128)
