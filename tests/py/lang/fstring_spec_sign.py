# Sign options.
n = 7
print(f"{n:+d}")  # expect: +7
print(f"{-n:+d}")  # expect: -7
print(f"[{n: d}]")  # expect: [ 7]
print(f"{2.5:+.1f}")  # expect: +2.5
print(f"{0:+}")  # expect: +0
print(f"{-0.0:+.1f}")  # expect: -0.0
