# Calling with too few arguments, two calls deep.
def greet(greeting, name):
    return greeting + ", " + name

def welcome(name):
    return greet(name)

print(greet("Hi", "Ann"))  # expect: Hi, Ann
welcome("Bo")
# expect runtime error: TypeError: greet() missing 1 required positional argument: 'name'
