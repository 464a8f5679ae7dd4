# typing: annotations import, subscript and print like CPython's; TypeVar and Generic
from typing import Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Callable, Awaitable
from typing import Coroutine, AsyncIterator, AsyncIterable, AsyncGenerator, Iterator, Iterable
from typing import Generator, Sequence, Mapping, Type, TypeVar, Generic, Protocol, TYPE_CHECKING
from typing import cast, Final, ClassVar, Literal
import typing

T = TypeVar("T")
print(T)  # expect: ~T
print(Optional[int])  # expect: typing.Optional[int]
print(Union[int, str])  # expect: typing.Union[int, str]
print(Union[int, None])  # expect: typing.Optional[int]
print(Union[int])  # expect: <class 'int'>
print(List[int], Dict[str, int])  # expect: typing.List[int] typing.Dict[str, int]
print(Tuple[int, ...])  # expect: typing.Tuple[int, ...]
print(Callable[[int, str], bool])  # expect: typing.Callable[[int, str], bool]
print(Any, TYPE_CHECKING)  # expect: typing.Any False
print(List[T])  # expect: typing.List[~T]

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s: Stack[int] = Stack()
s.push(1)
s.push(2)
print(s.pop(), s.items)  # expect: 2 [1]

class Greeter(Protocol):
    def greet(self) -> str: ...

async def fetch(n: int, cb: Optional[Callable[[int], Awaitable[None]]] = None) -> Dict[str, Any]:
    return {"n": n}

def gen() -> Iterator[int]:
    yield 1

MAX: Final = 3
x = cast(int, "not really")
print(x, MAX, list(gen()))  # expect: not really 3 [1]
print(typing.get_origin(List[int]) is list, typing.get_args(Dict[str, int]))  # expect: True (<class 'str'>, <class 'int'>)
print(Callable[[int], None], Union[int, str, None])  # expect: typing.Callable[[int], NoneType] typing.Union[int, str, NoneType]
print(Dict[str, Callable[..., Awaitable[None]]])  # expect: typing.Dict[str, typing.Callable[..., typing.Awaitable[NoneType]]]
print(Literal["a", None], Optional[Callable[[], None]])  # expect: typing.Literal['a', None] typing.Optional[typing.Callable[[], NoneType]]
