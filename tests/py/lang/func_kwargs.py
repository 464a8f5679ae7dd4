# **kwargs collects extra keyword arguments into a dict, in call order.
def config(name, **options):
    print(name, options)

config("x")  # expect: x {}
config("y", debug=True, level=3)  # expect: y {'debug': True, 'level': 3}
def everything(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(everything(1, c=3))  # expect: (1, 2, (), 3, 4, {})
print(everything(1, 5, 6, 7, c=8, e=9))  # expect: (1, 5, (6, 7), 8, 4, {'e': 9})
