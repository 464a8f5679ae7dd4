# Instance attributes shadow class attributes; mutating a shared class list affects all.
class Dog:
    species = "canis"
    tricks = []
    def __init__(self, name):
        self.name = name
    def add_trick(self, trick):
        self.tricks.append(trick)

a, b = Dog("rex"), Dog("fido")
a.add_trick("sit")
print(b.tricks, Dog.tricks is a.tricks)  # expect: ['sit'] True
a.species = "wolf"
print(a.species, b.species, Dog.species, "species" in vars(a), "species" in vars(b))  # expect: wolf canis canis True False
Dog.species = "canis lupus"
print(a.species, b.species)  # expect: wolf canis lupus
del a.species
print(a.species)  # expect: canis lupus
print(a.__dict__, sorted(k for k in vars(Dog) if not k.startswith("__")))  # expect: {'name': 'rex'} ['add_trick', 'species', 'tricks']
try:
    print(b.color)
except AttributeError as e:
    print(e)  # expect: 'Dog' object has no attribute 'color'
try:
    Dog.color
except AttributeError as e:
    print(e)  # expect: type object 'Dog' has no attribute 'color'
