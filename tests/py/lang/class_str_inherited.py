# __str__ is inherited like any method.
class Named:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        return f"{type(self).__name__}({self.name})"

class User(Named):
    pass

print(User("ann"))  # expect: User(ann)
print(Named("x"))  # expect: Named(x)
