# OR patterns try alternatives left to right; AS binds the whole matched value.
def classify(cmd):
    match cmd:
        case "n" | "north" | ("go", "n"):
            return "north"
        case ("go", ("s" | "south") as where):
            return f"south via {where}"
        case [("x" | "y") as axis, int() | float() as amount]:
            return f"{axis} by {amount}"
        case [1, x] | [x, 2] | {"x": x}:
            return f"x is {x}"
        case ((1 | 2) as a, (3 | 4) as b) as pair:
            return f"{a} {b} {pair}"
        case _:
            return "?"
print(classify("n"))  # expect: north
print(classify(("go", "n")))  # expect: north
print(classify(("go", "south")))  # expect: south via south
print(classify(["y", 2.5]))  # expect: y by 2.5
print(classify([1, 7]))  # expect: x is 7
print(classify([8, 2]))  # expect: x is 8
print(classify({"x": "from dict"}))  # expect: x is from dict
print(classify((2, 4)))  # expect: 2 4 (2, 4)
print(classify((2, 5)))  # expect: ?
