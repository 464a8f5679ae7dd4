# A class body runs top to bottom once, when the class statement runs.
print("before class")  # expect: before class
class Registry:
    "A registry."
    names = []
    names.append("first")
    print("in class body")  # expect: in class body
    size = len(names)

print(Registry.names, Registry.size)  # expect: ['first'] 1
