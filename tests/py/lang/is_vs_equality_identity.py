# == compares values; is compares identity (use it for None).
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b)  # expect: True False True True
x = None
print(x is None, x == None, x is not None)  # expect: True True False
print(type(a) is list, type(True) is bool, type(1) is int)  # expect: True True True
t = (1, 2)
u = t
print(t is u, t == (1, 2))  # expect: True True
def f():
    pass
print(f() is None, f is f, print is print)  # expect: True True True
s = "hello"
print(s == "hel" + "lo", s is s)  # expect: True True
