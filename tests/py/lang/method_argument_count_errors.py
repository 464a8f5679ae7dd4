# Calling a method with the wrong number of arguments: CPython words the error
# differently for each kind of method, and so must we.
def attempt(label, thunk):
    try:
        thunk()
    except TypeError as e:
        print(label, "->", e)

attempt("upper", lambda: "abc".upper(1))  # expect: upper -> str.upper() takes no arguments (1 given)
attempt("isdigit", lambda: "12".isdigit("x"))  # expect: isdigit -> str.isdigit() takes no arguments (1 given)
attempt("join", lambda: ",".join())  # expect: join -> str.join() takes exactly one argument (0 given)
attempt("zfill", lambda: "7".zfill())  # expect: zfill -> str.zfill() takes exactly one argument (0 given)
attempt("center", lambda: "ab".center())  # expect: center -> center expected at least 1 argument, got 0
attempt("strip", lambda: " a ".strip(" ", "a"))  # expect: strip -> strip expected at most 1 argument, got 2
attempt("replace", lambda: "aa".replace("a"))  # expect: replace -> replace expected at least 2 arguments, got 1
attempt("count", lambda: "aa".count())  # expect: count -> count() takes at least 1 argument (0 given)
attempt("find", lambda: "aa".find("a", 0, 1, 2))  # expect: find -> find() takes at most 3 arguments (4 given)
attempt("startswith", lambda: "aa".startswith())  # expect: startswith -> startswith() takes at least 1 argument (0 given)
attempt("split", lambda: "a b".split(" ", 1, 2))  # expect: split -> split() takes at most 2 arguments (3 given)
attempt("list.append", lambda: [].append())  # expect: list.append -> list.append() takes exactly one argument (0 given)
attempt("list.append two", lambda: [].append(1, 2))  # expect: list.append two -> list.append() takes exactly one argument (2 given)
attempt("list.pop", lambda: [1].pop(0, 1))  # expect: list.pop -> pop expected at most 1 argument, got 2
attempt("list.insert", lambda: [].insert(0))  # expect: list.insert -> insert expected 2 arguments, got 1
attempt("list.index", lambda: [1].index())  # expect: list.index -> index expected at least 1 argument, got 0
attempt("list.count", lambda: [1].count())  # expect: list.count -> list.count() takes exactly one argument (0 given)
attempt("list.copy", lambda: [1].copy(1))  # expect: list.copy -> list.copy() takes no arguments (1 given)
attempt("list.sort", lambda: [2, 1].sort(len))  # expect: list.sort -> sort() takes no positional arguments
attempt("tuple.count", lambda: (1,).count())  # expect: tuple.count -> tuple.count() takes exactly one argument (0 given)
attempt("dict.get", lambda: {}.get())  # expect: dict.get -> get expected at least 1 argument, got 0
attempt("dict.keys", lambda: {}.keys(1))  # expect: dict.keys -> dict.keys() takes no arguments (1 given)
attempt("dict.items", lambda: {}.items(1))  # expect: dict.items -> dict.items() takes no arguments (1 given)
attempt("dict.pop", lambda: {}.pop())  # expect: dict.pop -> pop expected at least 1 argument, got 0
attempt("dict.update", lambda: {}.update({}, {}))  # expect: dict.update -> update expected at most 1 argument, got 2
attempt("set.add", lambda: set().add())  # expect: set.add -> set.add() takes exactly one argument (0 given)
attempt("set.pop", lambda: {1}.pop(1))  # expect: set.pop -> set.pop() takes no arguments (1 given)
attempt("int.bit_length", lambda: (5).bit_length(2))  # expect: int.bit_length -> int.bit_length() takes no arguments (1 given)
attempt("len", lambda: len())  # expect: len -> len() takes exactly one argument (0 given)
attempt("sum", lambda: sum())  # expect: sum -> sum() takes at least 1 positional argument (0 given)
attempt("round", lambda: round())  # expect: round -> round() missing required argument 'number' (pos 1)
attempt("pow", lambda: pow(2))  # expect: pow -> pow() missing required argument 'exp' (pos 2)
attempt("reversed", lambda: reversed())  # expect: reversed -> reversed expected 1 argument, got 0
attempt("enumerate", lambda: enumerate([], 0, 1))  # expect: enumerate -> enumerate() takes at most 2 arguments (3 given)
attempt("zip", lambda: zip([1], 2))  # expect: zip -> 'int' object is not iterable
attempt("type", lambda: type(1, 2))  # expect: type -> type() takes 1 or 3 arguments
attempt("hasattr", lambda: hasattr(1))  # expect: hasattr -> hasattr expected 2 arguments, got 1
"done".title(1)
# expect runtime error: TypeError: str.title() takes no arguments (1 given)
