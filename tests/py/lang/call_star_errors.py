# Errors from * and ** in calls name the function the way CPython does.
def total(*nums, **opts):
    return sum(nums)

class Box:
    def put(self, *items):
        return len(items)

def attempt(label, thunk):
    try:
        thunk()
    except TypeError as e:
        print(label, "->", e)

attempt("star int", lambda: total(*5))  # expect: star int -> __main__.total() argument after * must be an iterable, not int
attempt("star after arg", lambda: total(1, *5))  # expect: star after arg -> Value after * must be an iterable, not int
attempt("star method", lambda: Box().put(*None))  # expect: star method -> __main__.Box.put() argument after * must be an iterable, not NoneType
attempt("star class", lambda: Box(*3))  # expect: star class -> __main__.Box() argument after * must be an iterable, not int
attempt("star builtin", lambda: print(*7))  # expect: star builtin -> print() argument after * must be an iterable, not int
attempt("star list method", lambda: [].append(*1))  # expect: star list method -> list.append() argument after * must be an iterable, not int
attempt("star lambda", lambda: (lambda: 0)(*2))  # expect: star lambda -> __main__.<lambda>.<locals>.<lambda>() argument after * must be an iterable, not int
attempt("dstar list", lambda: total(**[1, 2]))  # expect: dstar list -> __main__.total() argument after ** must be a mapping, not list
attempt("dstar builtin", lambda: len(**5))  # expect: dstar builtin -> len() argument after ** must be a mapping, not int
attempt("dstar duplicate", lambda: total(**{"a": 1}, a=2))  # expect: dstar duplicate -> __main__.total() got multiple values for keyword argument 'a'
attempt("dstar duplicate builtin", lambda: int(**{"base": 2}, base=3))  # expect: dstar duplicate builtin -> int() got multiple values for keyword argument 'base'
attempt("dstar non-str key", lambda: total(**{1: 2}))  # expect: dstar non-str key -> keywords must be strings
attempt("display star", lambda: [*5])  # expect: display star -> Value after * must be an iterable, not int
attempt("display dstar", lambda: {**5})  # expect: display dstar -> 'int' object is not a mapping
total(**{"limit": 1}, **{"limit": 2})
# expect runtime error: TypeError: __main__.total() got multiple values for keyword argument 'limit'
