# match, case, type and _ are ordinary names outside their statements.
match = [1, 2]
case = "c"
type_ = "t"
_ = 5
print(match, case, type_, _)  # expect: [1, 2] c t 5
def match_all(match):
    return len(match)
print(match_all(match))  # expect: 2
