# A match statement runs the first case whose pattern matches; match stays a name elsewhere.
print("printed first")  # expect: printed first
command = "go"
match command:
    case "stop":
        print("stopping")
    case "go":
        print("going")  # expect: going
    case _:
        print("unknown")
match = "still a name"
print(match)  # expect: still a name
