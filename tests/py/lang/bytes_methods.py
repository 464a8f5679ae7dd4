# The bytes methods stream code uses.
line = b"  GET /index.html HTTP/1.1\r\n"
print(line.strip(), line.rstrip(b"\r\n"), line.lstrip(), b"xxhixx".strip(b"x"))
print(line.split(), line.strip().split(b" "), b"a,b,,c".split(b","), b"a b c".split(None, 1))
print(b"  a b  c  ".split(None, 1), b"k=v=w".split(b"=", 1), b"".split(), b"".split(b","))
print(line.strip().startswith(b"GET"), line.endswith(b"\r\n"), b"x.py".endswith((b".c", b".py")))
print(b"Hello".upper(), b"Hello".lower(), b"\xe9A".lower())
print(b", ".join([b"a", b"b", b"c"]), b"".join([]), b"-".join((b"x",)))
print(b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".find(b"z"), b"hello".find(108), b"hello".find(b"l", 3))
print(b"hello".index(b"o"), b"banana".count(b"a"), b"banana".count(b"an"), b"aaa".count(b""))
print(b"banana".replace(b"a", b"o"), b"banana".replace(b"a", b"", 2), b"ab".replace(b"", b"-"))
print(b"\x01\xab".hex(), b"123".isdigit(), b"12a".isdigit())

# expect: b'GET /index.html HTTP/1.1' b'  GET /index.html HTTP/1.1' b'GET /index.html HTTP/1.1\r\n' b'hi'
# expect: [b'GET', b'/index.html', b'HTTP/1.1'] [b'GET', b'/index.html', b'HTTP/1.1'] [b'a', b'b', b'', b'c'] [b'a', b'b c']
# expect: [b'a', b'b  c  '] [b'k', b'v=w'] [] [b'']
# expect: True True True
# expect: b'HELLO' b'hello' b'\xe9a'
# expect: b'a, b, c' b'' b'x'
# expect: 2 3 -1 2 3
# expect: 4 3 2 4
# expect: b'bonono' b'bnna' b'-a-b-'
# expect: 01ab True False
