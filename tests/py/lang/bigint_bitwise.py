# Bit operations on big ints follow Python's infinite two's complement, negatives included.
a = 2 ** 100 + 2 ** 64 + 255
b = -(2 ** 70) - 3
print(a & b, a | b, a ^ b)
# expect: 1267650600246676145570412757245 -1180591620717411303425 -1267650601427267766287824060670
print(~a, ~b, ~-1, ~(2 ** 63 - 1))
# expect: -1267650600246676145570412757248 1180591620717411303426 0 -9223372036854775808
print(a >> 1, a >> 64, a >> 200)
# expect: 633825300123338072785206378623 68719476737 0
print(b >> 1, b >> 69, b >> 70, b >> 71, b >> 1000)
# expect: -590295810358705651714 -3 -2 -1 -1
print(1 << 64, 1 << 100, -1 << 65)
# expect: 18446744073709551616 1267650600228229401496703205376 -36893488147419103232
print(a << 3, b << 60)
# expect: 10141204801973409164563302057976 -1361129467683753853856957194240893386752
print((1 << 200) >> 199)
# expect: 2
print(-(2 ** 64) & 0xFFFF_FFFF_FFFF_FFFF_FFFF, -(2 ** 64) | 1)
# expect: 1208907372870555465154560 -18446744073709551615
print((2 ** 64 - 1) ^ (2 ** 63), (-2 ** 64) ^ -1)
# expect: 9223372036854775807 18446744073709551615
print(a.bit_length(), b.bit_length(), (-2 ** 64).bit_length())
# expect: 101 71 65
print(a.bit_count(), b.bit_count())
# expect: 10 3
print((2 ** 80).to_bytes(11, "big"))
# expect: b'\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'
print((-2 ** 70).to_bytes(9, "little", signed=True))
# expect: b'\x00\x00\x00\x00\x00\x00\x00\x00\xc0'
print(int.from_bytes(b"\xff" * 12, "big"), int.from_bytes(b"\xff" * 12, "big", signed=True))
# expect: 79228162514264337593543950335 -1
print(int.from_bytes(b"\x00" * 3 + b"\x80" + b"\x00" * 9, "little", signed=True))
# expect: 2147483648
try:
    (2 ** 64).to_bytes(8, "big")
except OverflowError as e:
    print("OverflowError:", e)
# expect: OverflowError: int too big to convert
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
# expect: ValueError: negative shift count
try:
    print(1 << 2 ** 100)
except OverflowError as e:
    print("OverflowError:", e)
# expect: OverflowError: too many digits in integer
print(0 << 2 ** 100, 5 >> 2 ** 100, -5 >> 2 ** 100)
# expect: 0 0 -1
