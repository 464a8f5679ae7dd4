# int() of long strings in any base, with signs, spaces, prefixes and underscores.
print(int("123456789012345678901234567890"))
# expect: 123456789012345678901234567890
print(int("  -98765432109876543210  "))
# expect: -98765432109876543210
print(int("+1_000_000_000_000_000_000_000"))
# expect: 1000000000000000000000
print(int("ffffffffffffffffffffffff", 16), int("0xFFFF_FFFF_FFFF_FFFF_FFFF", 0))
# expect: 79228162514264337593543950335 1208925819614629174706175
print(int("0b" + "1" * 70, 2), int("-0o" + "7" * 30, 0))
# expect: 1180591620717411303423 -1237940039285380274899124223
print(int("z" * 20, 36), int("-" + "Z" * 15, 36))
# expect: 13367494538843734067838845976575 -221073919720733357899775
print(int("١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨٩٠١٢٣٤"))
# expect: 123456789012345678901234
print(int(2 ** 70), int(-(2 ** 70)), int(True), int(1e25), int(-1.999e22))
# expect: 1180591620717411303424 -1180591620717411303424 1 10000000000000000905969664 -19989999999999998427136
print(int(str(3 ** 100)) == 3 ** 100, int(hex(-(3 ** 100)), 16) == -(3 ** 100))
# expect: True True
print(float("1" * 30) == float(int("1" * 30)))
# expect: True
for bad in ("1" * 30 + "x", "0x" + "f" * 20, "1__0" + "0" * 20, "_" + "1" * 25):
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
# expect: ValueError: invalid literal for int() with base 10: '111111111111111111111111111111x'
# expect: ValueError: invalid literal for int() with base 10: '0xffffffffffffffffffff'
# expect: ValueError: invalid literal for int() with base 10: '1__000000000000000000000'
# expect: ValueError: invalid literal for int() with base 10: '_1111111111111111111111111'
