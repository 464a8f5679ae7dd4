# Assignment expressions: in if/while conditions, comprehensions (binding in the enclosing function or module, through nonlocal), displays, f-strings, call arguments, generator expressions, and a coroutine's read loop.
import asyncio

data = [1, 2, 3, 4, 5]
if (n := len(data)) > 3:
    print("long", n)
while (x := data.pop()) > 3:
    print("popped", x)
print(x, data)

def f():
    ys = [y := v * 2 for v in range(4)]
    print(ys, y)
    total = 0
    vals = [total := total + v for v in range(5)]
    print(vals, total)
    def inner():
        return [last := k for k in "abc"]
    print(inner())
    return [(p, q) for p in range(3) if (q := p * p) > 0]
print(f())

print([z := 10, z + 1], {w := 3, w * 2}, (u := "t", u * 2))
print(f"{(m := 7)} and {m + 1}")
print(max(a := [3, 1, 2]), a)
g = [s for s in range(6) if (h := s % 3) == 0]
print(g, h)
print(any((hit := v) > 2 for v in [1, 2, 3, 4]), hit)

async def reader(chunks):
    out = []
    while (chunk := chunks.pop(0) if chunks else b""):
        await asyncio.sleep(0)
        out.append(chunk)
    return out
print(asyncio.run(reader([b"ab", b"cd"])))

def counter():
    count = 0
    def bump():
        nonlocal count
        return [count := count + 1 for _ in range(3)]
    print(bump(), count)
counter()
# expect: long 5
# expect: popped 5
# expect: popped 4
# expect: 3 [1, 2]
# expect: [0, 2, 4, 6] 6
# expect: [0, 1, 3, 6, 10] 10
# expect: ['a', 'b', 'c']
# expect: [(1, 1), (2, 4)]
# expect: [10, 11] {3, 6} ('t', 'tt')
# expect: 7 and 8
# expect: 3 [3, 1, 2]
# expect: [0, 3] 2
# expect: True 3
# expect: [b'ab', b'cd']
# expect: [1, 2, 3] 3
