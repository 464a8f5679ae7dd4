# defining __eq__ without __hash__ sets __hash__ to None (unhashable), inherited by subclasses
class A:
    def __eq__(self, o): return True
class B(A): pass
class C(A):
    def __hash__(self): return 7
class D:
    def __hash__(self): return 1
class E(D):
    def __eq__(self, o): return False
print(A.__hash__, B.__hash__, hash(C()), hash(D()), E.__hash__, "__hash__" in A.__dict__, vars(A).get("__hash__", "-"))
for cls in (A, B, E):
    try: hash(cls())
    except TypeError as e: print(e)
    try: {cls()}
    except TypeError as e: print(e)
print({C(), C()} != set(), len({D(), D()}))
# expect: None None 7 1 None True None
# expect: unhashable type: 'A'
# expect: unhashable type: 'A'
# expect: unhashable type: 'B'
# expect: unhashable type: 'B'
# expect: unhashable type: 'E'
# expect: unhashable type: 'E'
# expect: True 2
