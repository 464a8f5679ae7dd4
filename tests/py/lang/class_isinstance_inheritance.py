# isinstance follows inheritance; type() does not.
class Vehicle:
    pass

class Car(Vehicle):
    pass

c = Car()
print(isinstance(c, Car), isinstance(c, Vehicle))  # expect: True True
print(isinstance(Vehicle(), Car))  # expect: False
print(type(c) is Car, type(c) is Vehicle)  # expect: True False
print(type(c).__name__, Car.__name__)  # expect: Car Car
print(isinstance(c, (int, Vehicle)))  # expect: True
