# The errors list methods raise, word for word.
items = [3, 1, 2]
def attempt(label, thunk):
    try:
        thunk()
    except (ValueError, IndexError, TypeError) as e:
        print(label, "->", type(e).__name__, e)

attempt("pop empty", lambda: [].pop())  # expect: pop empty -> IndexError pop from empty list
attempt("pop out of range", lambda: items.pop(10))  # expect: pop out of range -> IndexError pop index out of range
attempt("remove missing", lambda: items.remove(9))  # expect: remove missing -> ValueError list.remove(x): x not in list
attempt("index missing", lambda: items.index(9))  # expect: index missing -> ValueError 9 is not in list
attempt("index missing str", lambda: ["a"].index("b"))  # expect: index missing str -> ValueError 'b' is not in list
attempt("index range", lambda: items.index(3, 1))  # expect: index range -> ValueError 3 is not in list
attempt("get", lambda: items[5])  # expect: get -> IndexError list index out of range
attempt("negative", lambda: items[-4])  # expect: negative -> IndexError list index out of range
attempt("str index", lambda: items["0"])  # expect: str index -> TypeError list indices must be integers or slices, not str
attempt("float index", lambda: items[1.0])  # expect: float index -> TypeError list indices must be integers or slices, not float
attempt("insert type", lambda: items.insert("0", 1))  # expect: insert type -> TypeError 'str' object cannot be interpreted as an integer
attempt("extend int", lambda: items.extend(5))  # expect: extend int -> TypeError 'int' object is not iterable
attempt("concat tuple", lambda: items + (1,))  # expect: concat tuple -> TypeError can only concatenate list (not "tuple") to list
attempt("mul float", lambda: items * 2.0)  # expect: mul float -> TypeError can't multiply sequence by non-int of type 'float'
print(items.pop(), items.pop(0), items, items.index(1))  # expect: 2 3 [1] 0
del items[5]
# expect runtime error: IndexError: list assignment index out of range
