# typing errors: special forms are not classes, Optional takes one type
from typing import Any, Optional, List, Dict, Literal, ClassVar, Type

print(Literal["a", 1], ClassVar[int], Type[int])  # expect: typing.Literal['a', 1] typing.ClassVar[int] typing.Type[int]
try:
    Dict[str, int]()
except TypeError as e:
    print(e)  # expect: Type Dict cannot be instantiated; use dict() instead
try:
    Optional[int, str]
except TypeError as e:
    print(e)  # expect: typing.Optional requires a single type. Got (<class 'int'>, <class 'str'>).
try:
    Any()
except TypeError as e:
    print(e)  # expect: Any cannot be instantiated

def make_list() -> List[int]:
    return List()

make_list()
# expect runtime error: TypeError: Type List cannot be instantiated; use list() instead
