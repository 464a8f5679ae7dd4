# Default values are evaluated once, when the function (or lambda) is created.
actions = []
for name in ["save", "load", "quit"]:
    actions.append(lambda name=name: f"run {name}")
print([act() for act in actions])  # expect: ['run save', 'run load', 'run quit']
late = [lambda: name for name in ["a", "b"]]
print([f() for f in late])  # expect: ['b', 'b']
def log(msg, tags=[]):
    tags.append(msg)
    return tags
print(log("one"), log("two"), log("three", []))  # expect: ['one', 'two'] ['one', 'two'] ['three']
print(log.__defaults__ if False else "defaults shared")  # expect: defaults shared
