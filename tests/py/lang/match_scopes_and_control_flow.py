# Captures bind in the scope of the match: module globals, locals, closure cells, class bodies.
found = None
def set_global(v):
    global found
    match v:
        case [found, *_]:
            pass
set_global([4, 5])
print(found)  # expect: 4
def make_getter(v):
    match v:
        case {"name": name}:
            return lambda: name
    return lambda: "anonymous"
print(make_getter({"name": "ada"})(), make_getter({})())  # expect: ada anonymous
class Shape:
    kind = ("circle", 2)
    match kind:
        case ("circle", r):
            area_hint = f"pi * {r} ** 2"
print(Shape.area_hint, Shape.r)  # expect: pi * 2 ** 2 2
def counter():
    n = 0
    def step(cmd):
        nonlocal n
        match cmd:
            case "inc":
                n += 1
            case ("add", int(n_)):
                n += n_
            case "reset":
                n = 0
        return n
    return step
s = counter()
print(s("inc"), s(("add", 5)), s("reset"), s("inc"))  # expect: 1 6 0 1
def gen(items):
    for it in items:
        match it:
            case "stop":
                return
            case "skip":
                continue
            case [*xs]:
                yield from xs
            case x:
                yield x
print(list(gen([1, "skip", [2, 3], 4, "stop", 5])))  # expect: [1, 2, 3, 4]
total = 0
for pair in [(1, 2), (3, "x"), (5, 6)]:
    match pair:
        case (a, int(b)):
            match a, b:
                case (1, _):
                    total += 100
                case (x, y) if x < y:
                    total += x * y
        case _:
            break
print(total)  # expect: 100
match *[1, 2], 3:
    case (1, *rest):
        print(rest)  # expect: [2, 3]
match (n := 10):
    case 10:
        print(n)  # expect: 10
