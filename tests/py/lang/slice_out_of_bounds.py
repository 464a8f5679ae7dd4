# Slices clamp to the sequence instead of raising.
a = [1, 2, 3]
print(a[10:20])  # expect: []
print(a[-100:2])  # expect: [1, 2]
print(a[1:100])  # expect: [2, 3]
print(a[2:1])  # expect: []
print("abc"[5:])  # expect:
print(a[:])  # expect: [1, 2, 3]
