# super() with explicit arguments and its errors; str(bytes, encoding) argument checks
for f in (lambda: str(1, 2), lambda: str(b"x", "utf-8", 3), lambda: str(1, "utf-8"), lambda: str(b"ab", "ascii"), lambda: str(b"\xff", "utf-8", "replace"),
          lambda: super(1), lambda: super(int, "x"), lambda: super(int, 1.5), lambda: super(1, 2, 3), lambda: super(x=1)):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(B):
    def who(self): return "C>" + super(B, self).who()
print(C().who(), super(C, C()).who(), super(B, C()).who())
try: B.who(A())
except TypeError as e: print(e)
print(B.who(C()))
# expect: TypeError str() argument 'encoding' must be str, not int
# expect: TypeError str() argument 'errors' must be str, not int
# expect: TypeError decoding to str: need a bytes-like object, int found
# expect: 'ab'
# expect: '�'
# expect: TypeError super() argument 1 must be a type, not int
# expect: TypeError super(type, obj): obj must be an instance or subtype of type
# expect: TypeError super(type, obj): obj must be an instance or subtype of type
# expect: TypeError super() expected at most 2 arguments, got 3
# expect: TypeError super() takes no keyword arguments
# expect: C>A B>A A
# expect: super(type, obj): obj must be an instance or subtype of type
# expect: B>A
