# Too many positional arguments: CPython counts the keyword-only ones given, and checks keywords first
def f(a, b, c=3, *, d, e=5):
    return a, b, c, d, e
def kwd(a, *, b=1):
    return a, b
for call in [lambda: f(1, 2, 3, 4, d=1), lambda: f(1, 2, 3, 4, d=1, e=2), lambda: f(1, 2, 3, 4),
             lambda: kwd(1, 2), lambda: kwd(1, 2, 3, b=2), lambda: f(1, 2, 3, 4, x=1), lambda: f(1, 2, 3, 4, a=1)]:
    try:
        call()
    except TypeError as e:
        print(e)
# expect: f() takes from 2 to 3 positional arguments but 4 positional arguments (and 1 keyword-only argument) were given
# expect: f() takes from 2 to 3 positional arguments but 4 positional arguments (and 2 keyword-only arguments) were given
# expect: f() takes from 2 to 3 positional arguments but 4 were given
# expect: kwd() takes 1 positional argument but 2 were given
# expect: kwd() takes 1 positional argument but 3 positional arguments (and 1 keyword-only argument) were given
# expect: f() got an unexpected keyword argument 'x'
# expect: f() got multiple values for argument 'a'
