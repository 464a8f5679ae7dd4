# Sequence patterns take lists, tuples and ranges (never str or bytes); a star collects into a list.
def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x} {y}"
        case [first, *middle, last]:
            return f"first {first} middle {middle} last {last}"
        case _:
            return "not a sequence"
print(shape([]))  # expect: empty
print(shape((7,)))  # expect: one 7
print(shape([1, 2]))  # expect: two 1 2
print(shape((1, 2, 3, 4)))  # expect: first 1 middle [2, 3] last 4
print(shape(range(3)))  # expect: first 0 middle [1] last 2
print(shape("ab"))  # expect: not a sequence
print(shape(b"ab"))  # expect: not a sequence
print(shape({1: 2}))  # expect: not a sequence
match (1, 2, 3):
    case (*init, 3):
        print(init)  # expect: [1, 2]
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a + b + c + d)  # expect: 10
match [1, 2, 3]:
    case [1, *_, 3]:
        print("starts 1 ends 3")  # expect: starts 1 ends 3
match (1, 2):
    case 1, *rest:
        print(rest)  # expect: [2]
match [0, 1]:
    case [0, 1, *more]:
        print(more)  # expect: []
# with a '*_' star the subject is indexed, not unpacked: a huge range is fine
match range(10**12):
    case [first, second, *_, last]:
        print(first, second, last)  # expect: 0 1 999999999999
match range(5):
    case [*_, 3, x]:
        print(x)  # expect: 4
