# == compares values, is compares identity.
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b)  # expect: True False
print(a is c)  # expect: True
print([] == [], [] is [])  # expect: True False
x = None
print(x is None, x == None, x is not None)  # expect: True True False
print(True is True, type(1) is int)  # expect: True True
