# A match statement inside a function body, returning from its cases.
def handle(event):
    kind = event[0]
    match kind:
        case "click":
            return 1
        case "key" if len(event) > 1:
            return event[1]
        case _:
            return 0
print(handle(("click",)))  # expect: 1
print(handle(("key", "q")))  # expect: q
print(handle(("key",)))  # expect: 0
print(handle(("scroll", 3)))  # expect: 0
