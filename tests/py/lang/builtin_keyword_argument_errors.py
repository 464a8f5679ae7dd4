# Builtins refuse keyword arguments they do not take, in CPython's words.
def attempt(label, thunk):
    try:
        print(label, "ok", thunk())
    except TypeError as e:
        print(label, "->", e)

attempt("print", lambda: print("x", endl="!"))  # expect: print -> 'endl' is an invalid keyword argument for print()
attempt("sorted", lambda: sorted([3, 1], reversed=True))  # expect: sorted -> 'reversed' is an invalid keyword argument for sort()
attempt("sorted ok", lambda: sorted([3, 1], reverse=True))  # expect: sorted ok ok [3, 1]
attempt("max", lambda: max([1, 2], keys=abs))  # expect: max -> 'keys' is an invalid keyword argument for max()
attempt("sum", lambda: sum([1], initial=5))  # expect: sum -> 'initial' is an invalid keyword argument for sum()
attempt("sum ok", lambda: sum([1], start=5))  # expect: sum ok ok 6
attempt("round ok", lambda: round(2.675, ndigits=2))  # expect: round ok ok 2.67
attempt("len", lambda: len(obj=[1]))  # expect: len -> len() takes no keyword arguments
attempt("range", lambda: range(stop=3))  # expect: range -> range() takes no keyword arguments
attempt("list.sort", lambda: [2, 1].sort(reversed=True))  # expect: list.sort -> 'reversed' is an invalid keyword argument for sort()
attempt("split", lambda: "a,b".split(separator=","))  # expect: split -> 'separator' is an invalid keyword argument for split()
attempt("split ok", lambda: "a,b,c".split(sep=",", maxsplit=1))  # expect: split ok ok ['a', 'b,c']
attempt("upper", lambda: "a".upper(locale="tr"))  # expect: upper -> str.upper() takes no keyword arguments
attempt("append", lambda: [].append(item=1))  # expect: append -> list.append() takes no keyword arguments
attempt("get", lambda: {}.get(key="k"))  # expect: get -> dict.get() takes no keyword arguments
attempt("replace", lambda: "aaa".replace("a", "b", count=1))  # expect: replace -> str.replace() takes no keyword arguments
attempt("int", lambda: int("11", bas=2))  # expect: int -> 'bas' is an invalid keyword argument for int()
attempt("int ok", lambda: int("11", base=2))  # expect: int ok ok 3
attempt("pow ok", lambda: pow(base=2, exp=10))  # expect: pow ok ok 1024
attempt("pow none", lambda: pow(2, 3, None))  # expect: pow none ok 8
attempt("dict ok", lambda: dict(a=1, b=2))  # expect: dict ok ok {'a': 1, 'b': 2}
attempt("format ok", lambda: "{x}-{y}".format(x=1, y=2))  # expect: format ok ok 1-2
print("end", sep="", flush=True)  # expect: end
