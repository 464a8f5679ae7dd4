# Class attributes are shared; assigning through self creates an instance attribute.
class Dog:
    species = "canis"
    tricks = []

    def __init__(self, name):
        self.name = name

a = Dog("rex")
b = Dog("fido")
print(a.species, Dog.species)  # expect: canis canis
a.species = "wolf"
print(a.species, b.species, Dog.species)  # expect: wolf canis canis
a.tricks.append("sit")
print(b.tricks)  # expect: ['sit']
del a.species
print(a.species)  # expect: canis
