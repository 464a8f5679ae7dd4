# bytes literals: escapes, quote choice in repr, adjacent literals, raw bytes.
print(b'plain', b"double", b'it\'s', b"it's", b'say "hi"', b'both \' and "')
print(b'\x00\x01\x7f\x80\xff', b'\t\n\r\\', b'\a\b\f\v', b'\101\102', b'\u1234')
print(b'ab' b'cd', rb'\n raw', len(rb'\n'), b'', repr(b'x'), str(b'x'))
print([b'in', b'a'], (b'tuple',), {b'key': b'value'}, f"{b'fmt'}", f"{b'r'!r}")
print(type(b'').__name__, isinstance(b'x', bytes), isinstance('x', bytes), bytes)

# expect: b'plain' b'double' b"it's" b"it's" b'say "hi"' b'both \' and "'
# expect: b'\x00\x01\x7f\x80\xff' b'\t\n\r\\' b'\x07\x08\x0c\x0b' b'AB' b'\\u1234'
# expect: b'abcd' b'\\n raw' 2 b'' b'x' b'x'
# expect: [b'in', b'a'] (b'tuple',) {b'key': b'value'} b'fmt' b'r'
# expect: bytes True False <class 'bytes'>
