# __bases__ and __mro__ of classes, including the builtin hierarchy
class Animal:
    pass
class Dog(Animal):
    pass
print(Dog.__bases__)  # expect: (<class '__main__.Animal'>,)
print(Animal.__bases__)  # expect: (<class 'object'>,)
print(object.__bases__)  # expect: ()
print(bool.__bases__, ValueError.__bases__)  # expect: (<class 'int'>,) (<class 'Exception'>,)
print(ExceptionGroup.__bases__)  # expect: (<class 'BaseExceptionGroup'>, <class 'Exception'>)
print([c.__name__ for c in Dog.__mro__])  # expect: ['Dog', 'Animal', 'object']
