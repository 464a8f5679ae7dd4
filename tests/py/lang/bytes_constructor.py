# bytes(): empty, zero-filled, from ints, from str with an encoding, from bytes.
print(bytes(), bytes(4), bytes([72, 105]), bytes((0, 255)), bytes(range(65, 70)), bytes(b"same"))
print(bytes("hi", "ascii"), bytes(x * 2 for x in [10, 20]))
for bad in [lambda: bytes("text"), lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes(["a"]),
            lambda: bytes(-1), lambda: bytes(1.5), lambda: bytes(b"x", "utf-8")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# expect: b'' b'\x00\x00\x00\x00' b'Hi' b'\x00\xff' b'ABCDE' b'same'
# expect: b'hi' b'\x14('
# expect: TypeError: string argument without an encoding
# expect: ValueError: bytes must be in range(0, 256)
# expect: ValueError: bytes must be in range(0, 256)
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: ValueError: negative count
# expect: TypeError: cannot convert 'float' object to bytes
# expect: TypeError: encoding without a string argument
