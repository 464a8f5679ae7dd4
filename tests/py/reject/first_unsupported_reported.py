# Only the first unsupported construct, in source order, is reported.
# expect error: 9:14: 'class' statements with more than one base are not supported by looplab (see looplab help python)
print("starts")
def gen():
        yield 1
class A:
    pass
x = 1
class B(gen, A):
    pass
def f(a, /, b):
    return a
