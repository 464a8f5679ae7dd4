# A capture pattern binds the subject to a name; '_' matches anything and binds nothing.
_ = "untouched"
match [1, 2]:
    case _:
        print("wildcard")  # expect: wildcard
print(_)  # expect: untouched
match {"k": 3}:
    case whole:
        print(whole)  # expect: {'k': 3}
print(whole)  # expect: {'k': 3}
def first(xs):
    match xs:
        case [head, *_]:
            return head
        case other:
            return f"not a list: {other!r}"
print(first([9, 8]))  # expect: 9
print(first("abc"))  # expect: not a list: 'abc'
case = "case is a name"
match = "and so is match"
print(case, match)  # expect: case is a name and so is match
match (match, case):
    case (m, c):
        print(m.split()[-1], c.split()[0])  # expect: match case
