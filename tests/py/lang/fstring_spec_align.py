# Alignment and fill in format specs.
n = 42
s = "hi"
print(f"[{n:>5}]")  # expect: [   42]
print(f"[{n:<5}]")  # expect: [42   ]
print(f"[{n:^6}]")  # expect: [  42  ]
print(f"[{s:<10}]")  # expect: [hi        ]
print(f"[{s:>4}]")  # expect: [  hi]
print(f"[{s:^7}]")  # expect: [  hi   ]
print(f"[{s:*^8}]")  # expect: [***hi***]
print(f"[{n:05d}]")  # expect: [00042]
print(f"[{-n:05d}]")  # expect: [-0042]
print(f"[{s:3}]")  # expect: [hi ]
print(f"[{n:3}]")  # expect: [ 42]
