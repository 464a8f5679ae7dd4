# Ordering between unrelated types is a TypeError with the operator and both types.
def attempt(label, thunk):
    try:
        print(label, thunk())
    except TypeError as e:
        print(label, "->", e)

attempt("int < str", lambda: 1 < "a")  # expect: int < str -> '<' not supported between instances of 'int' and 'str'
attempt("str > int", lambda: "a" > 1)  # expect: str > int -> '>' not supported between instances of 'str' and 'int'
attempt("None <= int", lambda: None <= 0)  # expect: None <= int -> '<=' not supported between instances of 'NoneType' and 'int'
attempt("list < tuple", lambda: [1] < (1,))  # expect: list < tuple -> '<' not supported between instances of 'list' and 'tuple'
attempt("dict < dict", lambda: {} < {})  # expect: dict < dict -> '<' not supported between instances of 'dict' and 'dict'
attempt("int >= list", lambda: 3 >= [1])  # expect: int >= list -> '>=' not supported between instances of 'int' and 'list'
attempt("tuple items", lambda: (1, "a") < (1, 2))  # expect: tuple items -> '<' not supported between instances of 'str' and 'int'
attempt("eq mixed", lambda: 1 == "1")  # expect: eq mixed False
attempt("ne mixed", lambda: [1] != (1,))  # expect: ne mixed True
attempt("int < float", lambda: 1 < 1.5)  # expect: int < float True
attempt("bool < int", lambda: True < 2)  # expect: bool < int True
attempt("set < set", lambda: {1} < {1, 2})  # expect: set < set True
attempt("str < str", lambda: "b" < "a")  # expect: str < str False
print(max(1, "a"))
# expect runtime error: TypeError: '>' not supported between instances of 'str' and 'int'
