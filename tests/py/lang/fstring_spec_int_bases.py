# Integer presentation types.
n = 255
print(f"{n:x}")  # expect: ff
print(f"{n:X}")  # expect: FF
print(f"{n:o}")  # expect: 377
print(f"{n:b}")  # expect: 11111111
print(f"{n:#x}")  # expect: 0xff
print(f"{5:08b}")  # expect: 00000101
print(f"{n:d}")  # expect: 255
print(f"{-n:x}")  # expect: -ff
