# Defaults fill in missing arguments; keywords can be given in any order.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"

print(greet("Ann"))  # expect: Hello, Ann!
print(greet("Bo", "Hi"))  # expect: Hi, Bo!
print(greet("Cy", punct="?"))  # expect: Hello, Cy?
print(greet(punct=".", name="Di", greeting="Yo"))  # expect: Yo, Di.
