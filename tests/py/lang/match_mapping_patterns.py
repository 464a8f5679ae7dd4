# Mapping patterns: listed keys must be present (others are allowed); **rest gets a new dict of the rest.
class Keys:
    KIND = "kind"
def handle(msg):
    match msg:
        case {"kind": "move", "x": x, "y": y}:
            return f"move to {x},{y}"
        case {Keys.KIND: "say", "text": str(text), **extra}:
            return f"say {text} {extra}"
        case {1: one, None: nothing}:
            return f"int and None keys: {one} {nothing}"
        case {}:
            return f"some other dict of {len(msg)}"
        case _:
            return "not a mapping"
print(handle({"kind": "move", "x": 1, "y": 2, "speed": 9}))  # expect: move to 1,2
print(handle({"kind": "say", "text": "hi", "loud": True, "to": "all"}))  # expect: say hi {'loud': True, 'to': 'all'}
print(handle({"kind": "say", "text": 3}))  # expect: some other dict of 2
print(handle({1: "a", None: "b"}))  # expect: int and None keys: a b
print(handle({}))  # expect: some other dict of 0
print(handle([("kind", "move")]))  # expect: not a mapping
settings = {"debug": True, "level": 2}
match settings:
    case {"debug": True, **rest}:
        rest["new"] = 1
        print(rest, settings)  # expect: {'level': 2, 'new': 1} {'debug': True, 'level': 2}
