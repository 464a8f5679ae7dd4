# Arbitrary expressions inside f-string braces.
a, b = 3, 4
d = {"k": "v"}
items = [1, 2, 3]
print(f"{a + b}")  # expect: 7
print(f"{d['k']}")  # expect: v
print(f"{'nested'}")  # expect: nested
print(f"{len(items)} items")  # expect: 3 items
print(f"{{literal}} {a}")  # expect: {literal} 3
print(f"{a if a > b else b}")  # expect: 4
print(f"{[i * 2 for i in items]}")  # expect: [2, 4, 6]
print(f"{a}{b}")  # expect: 34
print(F"upper {a}")  # expect: upper 3
print(f"")  # expect:
print(f"{'a' 'b'}")  # expect: ab
