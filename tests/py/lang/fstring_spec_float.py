# Float format specs in f-strings.
x = 3.14159
print(f"{x:.1f}")  # expect: 3.1
print(f"{x:.3f}")  # expect: 3.142
print(f"{x:08.3f}")  # expect: 0003.142
print(f"{x:.0f}")  # expect: 3
print(f"{2.5:.0f} {3.5:.0f}")  # expect: 2 4
print(f"{2.675:.2f}")  # expect: 2.67
print(f"{12345.678:.2e}")  # expect: 1.23e+04
print(f"{0.0001234:g}")  # expect: 0.0001234
print(f"{1e20:g}")  # expect: 1e+20
print(f"{-x:.2f}")  # expect: -3.14
print(f"{x:10.2f}|")  # expect:       3.14|
print(f"{7:.2f}")  # expect: 7.00
