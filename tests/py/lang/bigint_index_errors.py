# A big int where Python needs a machine-sized index: the errors CPython gives.
items = [1, 2, 3]
print(items[1:2 ** 100], items[2 ** 100:], items[-(2 ** 100):2], items[::2 ** 100], items[::-(2 ** 70)])
# expect: [2, 3] [] [1, 2] [1] [3]
print("abc"[-(2 ** 80):], (1, 2)[:2 ** 64])
# expect: abc (1, 2)
tries = [lambda: items[2 ** 100], lambda: items[-(2 ** 100)], lambda: "ab" * 2 ** 100, lambda: [0] * 2 ** 64,
         lambda: chr(2 ** 100), lambda: (1).to_bytes(2 ** 100, "big"), lambda: range(10)[2 ** 64],
         lambda: (2 ** 64) * (1, 2)]
for f in tries:
    try:
        print(f())
    except (IndexError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
# expect: IndexError: cannot fit 'int' into an index-sized integer
# expect: IndexError: cannot fit 'int' into an index-sized integer
# expect: OverflowError: cannot fit 'int' into an index-sized integer
# expect: OverflowError: cannot fit 'int' into an index-sized integer
# expect: OverflowError: Python int too large to convert to C int
# expect: OverflowError: Python int too large to convert to C ssize_t
# expect: IndexError: range object index out of range
# expect: OverflowError: cannot fit 'int' into an index-sized integer
print(items[True], 2 ** 64 == 2 ** 64)
# expect: 2 True
table = {}
table[2 ** 100] = "big key"
print(table[2 ** 100], table.get(2 ** 100 + 1, "absent"))
# expect: big key absent
items[2 ** 100]
# expect runtime error: IndexError: cannot fit 'int' into an index-sized integer
