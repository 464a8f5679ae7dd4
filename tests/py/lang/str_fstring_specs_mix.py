# f-string conversions and format specs, including nested fields and "=".
import sys
x, name, items = 3.14159, "Ada", [1, "two"]
width, prec = 10, 2
print(f"{x:.2f}|{x:{width}.{prec}f}|{x:<{width}}|{name!r:^9}|{items!s}")  # expect: 3.14|      3.14|3.14159   |  'Ada'  |[1, 'two']
print(f"{x=}", f"{x = :.1f}", f"{name=!s}", f"{len(items)=}")  # expect: x=3.14159 x = 3.1 name=Ada len(items)=2
print(f"{1_000_000:,}|{255:#06x}|{0.5:.0%}|{-7:+05d}|{'abc':.2}|{True:>6}|{None!r}")
# expect: 1,000,000|0x00ff|50%|-0007|ab|     1|None
print(f"{'nested {braces}'}", f"{{double}}", f"{'a' 'b'}", f"{3 if x > 3 else 0}")  # expect: nested {braces} {double} ab 3
print(f"{x:e}", f"{1e-7:g}", f"{123456789.0:g}", f"{0.1 + 0.2!r}", f"{2**10:_b}")  # expect: 3.141590e+00 1e-07 1.23457e+08 0.30000000000000004 100_0000_0000
