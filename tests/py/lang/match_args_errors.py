# __match_args__ must be a tuple of strings, with enough names for the positional sub-patterns.
class Pair:
    __match_args__ = ("a", "b")
    def __init__(self):
        self.a, self.b = 1, 2
class Listed:
    __match_args__ = ["a"]
    a = 1
for attempt in range(4):
    try:
        match (attempt, Pair(), Listed()):
            case (0, Pair(x, y, z), _):
                pass
            case (1, Pair(x, a=1), _):
                pass
            case (2, _, Listed(x)):
                pass
            case (3, _, _):
                match 5:
                    case int(a, b):
                        pass
    except TypeError as e:
        print(e)
# expect: Pair() accepts 2 positional sub-patterns (3 given)
# expect: Pair() got multiple sub-patterns for attribute 'a'
# expect: Listed.__match_args__ must be a tuple (got list)
# expect: int() accepts 1 positional sub-pattern (2 given)
match 5:
    case len(n):
        pass
# expect runtime error: TypeError: called match pattern must be a type
