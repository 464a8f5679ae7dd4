# A match statement is refused before anything runs.
# expect error: 5:1: 'match' statements are not supported by looplab (see looplab help python)
print("never printed")
command = "go"
match command:
    case "go":
        print("going")
