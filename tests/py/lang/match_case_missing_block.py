# The cases of a match statement must be indented under it.
print("never printed")
command = "go"
match command:
case "go":
    pass
# expect runtime error: IndentationError: expected an indented block after 'match' statement on line 4
