# Pitfall: a method defined without self gets the instance as an extra argument.
class Greeter:
    def hello():
        return "hi"

print(Greeter.hello())  # expect: hi
Greeter().hello()
# expect runtime error: TypeError: Greeter.hello() takes 0 positional arguments but 1 was given
