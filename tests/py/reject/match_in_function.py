# The column points at the match keyword inside a function body.
# expect error: 5:5: 'match' statements are not supported by looplab (see looplab help python)
def handle(event):
    kind = event[0]
    match kind:
        case "click":
            return 1
        case _:
            return 0
