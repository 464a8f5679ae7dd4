# Sorting objects by an attribute with key=.
class Person:
    def __init__(self, name, age):
        self.name = name
        self.age = age

people = [Person("ann", 31), Person("bo", 25), Person("cy", 31)]
print([p.name for p in sorted(people, key=lambda p: p.age)])  # expect: ['bo', 'ann', 'cy']
oldest = max(people, key=lambda p: p.age)
print(oldest.name)  # expect: ann
print(sum(p.age for p in people))  # expect: 87
