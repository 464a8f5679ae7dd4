# A guard runs after the pattern matched; if it is false the next case is tried, and the names stay bound.
log = []
def check(name, result):
    log.append(name)
    return result
def sign(n):
    match n:
        case int(x) if check("neg", x < 0):
            return "negative"
        case int(x) if check("zero", x == 0):
            return "zero"
        case int():
            return "positive"
        case _:
            return "not an int"
print(sign(-3), sign(0), sign(5), sign("5"))  # expect: negative zero positive not an int
print(log)  # expect: ['neg', 'neg', 'zero', 'neg', 'zero']
match (3, 4):
    case (a, b) if a > b:
        print("never")
    case _:
        print("guard failed, a and b kept:", a, b)  # expect: guard failed, a and b kept: 3 4
items = [("add", 2), ("add", -1), ("mul", 3)]
total = 1
for op, v in items:
    match op:
        case "add" if v > 0:
            total += v
        case "add":
            print("skip", v)  # expect: skip -1
        case "mul":
            total *= v
print(total)  # expect: 9
match [1, 2]:
    case [x, y] if (s := x + y) > 2:
        print("sum", s)  # expect: sum 3
