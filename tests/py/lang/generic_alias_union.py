# list[int] and int | None as values: GenericAlias and UnionType reprs, isinstance with unions and nested tuples, __class_getitem__
print(list[int], dict[str, list[int]], tuple[int, ...], type[int], list[1, 'a', None, ...], tuple[()])  # expect: list[int] dict[str, list[int]] tuple[int, ...] type[int] list[1, 'a', None, ...] tuple[()]
print(int | None, str | int, None | int, (int | None) | str, int | int, list[int] | None, int | list[int])  # expect: int | None str | int None | int int | None | str <class 'int'> list[int] | None int | list[int]
print(isinstance(3, int | str), isinstance(None, int | None), issubclass(bool, int | str), isinstance(1, (str, (int, float))), isinstance(1, (int, 3)))  # expect: True True True True True
print(list[int](), list[int]("ab"), list[int].__origin__, list[int].__args__, (int | None).__args__, type(int | str).__name__, type(list[int]).__name__)  # expect: [] ['a', 'b'] <class 'list'> (<class 'int'>,) (<class 'int'>, <class 'NoneType'>) UnionType GenericAlias
class C: pass
class M:
    def __class_getitem__(cls, item): return f"{cls.__name__}<{item}>"
print(repr(list[C]), repr(C | None), M[int], M["x", 1])  # expect: list[__main__.C] __main__.C | None M<<class 'int'>> M<('x', 1)>
def f(items: list[int], m: dict[str, int] | None = None) -> tuple[int, ...]:
    return tuple(items)
print(f([1, 2]))  # expect: (1, 2)
for bad in (lambda: isinstance([], int | list[int]), lambda: isinstance(1, (str, list[int])), lambda: issubclass(int, list[int]), lambda: isinstance(1, 3),
            lambda: issubclass(int, 3), lambda: issubclass(3, int), lambda: int | 3, lambda: None | None, lambda: int[str], lambda: C[int], lambda: 3 | int):
    try: print(bad())
    except TypeError as e: print(e)
    # expect: isinstance() argument 2 cannot be a parameterized generic
    # expect: isinstance() argument 2 cannot be a parameterized generic
    # expect: issubclass() argument 2 cannot be a parameterized generic
    # expect: isinstance() arg 2 must be a type, a tuple of types, or a union
    # expect: issubclass() arg 2 must be a class, a tuple of classes, or a union
    # expect: issubclass() arg 1 must be a class
    # expect: unsupported operand type(s) for |: 'type' and 'int'
    # expect: unsupported operand type(s) for |: 'NoneType' and 'NoneType'
    # expect: type 'int' is not subscriptable
    # expect: type 'C' is not subscriptable
    # expect: unsupported operand type(s) for |: 'int' and 'type'
import asyncio
print(type(asyncio.Queue[int]).__name__, asyncio.Queue[int]().qsize(), asyncio.Future[str].__args__)  # expect: GenericAlias 0 (<class 'str'>,)
