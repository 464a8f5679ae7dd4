# NotImplementedError in an abstract method, super() and super(B, self) along a chain
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        raise NotImplementedError
class Cat(Animal):
    def speak(self):
        return "meow"
class Fish(Animal):
    pass
for a in [Cat("tom"), Fish("nemo")]:
    try:
        print(a.name, a.speak())
    except NotImplementedError as e:
        print(a.name, "can't speak", repr(e), str(e) == "")
class A:
    def hello(self):
        return "A"
class B(A):
    def hello(self):
        return "B+" + super().hello()
class C(B):
    def hello(self):
        return "C+" + super(B, self).hello()
print(C().hello(), B().hello())
print(super(C, C()).hello())
class D(A):
    def __init__(self):
        super().__init__()
        self.x = 1
print(D().x, D().hello())
Fish("x").speak()
# expect: tom meow
# expect: nemo can't speak NotImplementedError() True
# expect: C+A B+A
# expect: B+A
# expect: 1 A
# expect runtime error: NotImplementedError
