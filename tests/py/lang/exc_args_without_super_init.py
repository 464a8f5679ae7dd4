# Exception args come from the constructor call even when __init__ skips super()
class E(Exception):
    def __init__(self, a, b):
        self.a = a
e = E(1, 2)
print(str(e), repr(e), e.args, e.a)
class F(Exception):
    def __init__(self, msg):
        super().__init__()
        self.msg = msg
f = F("hi")
print(repr(str(f)), repr(f), f.args)
class G(ValueError):
    pass
print(repr(G("x")), isinstance(G(), ValueError), G.__mro__)
class H(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}", code)
        self.code = code
print(str(H(5)), repr(H(5)), H(5).args)
print(str(KeyError(("a", 1))), str(KeyError("a", 1)), repr(KeyError("it's")))
print(str(IndexError()), repr(Exception()), str(Exception(None)), str(Exception([1])))
class Base(Exception):
    def __str__(self):
        return "custom:" + super().__str__()
print(Base("m"), Base(), Base(1, 2))
try:
    raise E
except TypeError as te:
    print(te)
class I:
    def __init__(self):
        return 5
try:
    I()
except TypeError as te:
    print(te)
class NoHash:
    def __eq__(self, o):
        return True
try:
    {NoHash()}
except TypeError as te:
    print(te)
print(NoHash.__hash__)
try:
    raise ValueError("x")
except ValueError as err:
    pass
try:
    print(err)
except NameError as ne:
    print(ne)
e1 = OSError(2, "No such file")
print(e1, e1.args, e1.errno if hasattr(e1, "errno") else None)
print(StopIteration(5).value, repr(StopIteration()))
ex = ExceptionGroup("grp", [ValueError(1), TypeError(2)])
print(ex, repr(ex), ex.exceptions, len(ex.exceptions))
print(type(ex).__name__, isinstance(ex, Exception))
print(str(ZeroDivisionError("division by zero")), ArithmeticError.__subclasses__ if False else "")
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError), issubclass(RecursionError, RuntimeError))
print(issubclass(TimeoutError, OSError), issubclass(NotImplementedError, RuntimeError), issubclass(UnboundLocalError, NameError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(StopAsyncIteration, Exception), issubclass(GeneratorExit, Exception))
print(issubclass(FileNotFoundError, OSError), issubclass(UnicodeDecodeError, ValueError), issubclass(IndentationError, SyntaxError))
# expect: (1, 2) E(1, 2) (1, 2) 1
# expect: '' F() ()
# expect: G('x') True (<class '__main__.G'>, <class 'ValueError'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)
# expect: ('code 5', 5) H('code 5', 5) ('code 5', 5)
# expect: ('a', 1) ('a', 1) KeyError("it's")
# expect:  Exception() None [1]
# expect: custom:m custom: custom:(1, 2)
# expect: E.__init__() missing 2 required positional arguments: 'a' and 'b'
# expect: __init__() should return None, not 'int'
# expect: unhashable type: 'NoHash'
# expect: None
# expect: name 'err' is not defined
# expect: [Errno 2] No such file (2, 'No such file') 2
# expect: 5 StopIteration()
# expect: grp (2 sub-exceptions) ExceptionGroup('grp', [ValueError(1), TypeError(2)]) (ValueError(1), TypeError(2)) 2
# expect: ExceptionGroup True
# expect: division by zero 
# expect: True True True
# expect: True True True
# expect: True True False
# expect: True True True
