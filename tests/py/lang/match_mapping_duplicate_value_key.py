# Dotted-name keys are only known when the case runs: equal ones are a ValueError then.
class K:
    A = "a"
    ALSO_A = "a"
match {"b": 1}:
    case {K.A: 1, K.ALSO_A: 2}:
        print("never")
    case {"b": b}:
        print("one key, the length check fails first:", b)  # expect: one key, the length check fails first: 1
match {"a": 1, "b": 2}:
    case {K.A: 1, K.ALSO_A: 2}:
        print("never")
# expect runtime error: ValueError: mapping pattern checks duplicate key ('a')
