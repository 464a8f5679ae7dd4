# Format specs can themselves contain replacement fields.
x = 3.14159
for width, prec in [(8, 2), (6, 0)]:
    print(f"[{x:{width}.{prec}f}]")
# expect: [    3.14]
# expect: [     3]
align = "<"
print(f"[{'ab':{align}5}]")  # expect: [ab   ]
