# A subclass inherits methods and can override them.
class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."

    def intro(self):
        return f"{self.name} says {self.speak()}"

class Cat(Animal):
    def speak(self):
        return "meow"

class Fish(Animal):
    pass

print(Cat("tom").intro())  # expect: tom says meow
print(Fish("nemo").intro())  # expect: nemo says ...
