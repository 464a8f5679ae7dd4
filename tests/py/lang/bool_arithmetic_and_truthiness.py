# bool is a subclass of int; many values are falsy.
print(True + True, True * 10, False - 1, True / 2, sum([True, False, True]), True == 1, False == 0)  # expect: 2 10 -1 0.5 2 True True
print(isinstance(True, int), int(True), str(False), bool(0), bool(0.0), bool(""), bool([]), bool({}), bool(None))  # expect: True 1 False False False False False False False
print(bool(1), bool(-1), bool("0"), bool([0]), bool(" "))  # expect: True True True True True
values = [0, 1, "", "a", [], [0], None, 0.0]
print([v for v in values if v], [bool(v) for v in values])  # expect: [1, 'a', [0]] [False, True, False, True, False, True, False, False]
print(0 or "default", "" or [] or "last", 1 and 2, 0 and 1 / 0, None or 0, not [], not 5)  # expect: default last 2 0 0 True False
print(1 < 2 < 3, 3 > 2 > 1 > 0, 1 < 3 > 2, 1 == 1.0 == True, (1 < 2) < 2, 2 < 3 == 3)  # expect: True True True True True True
print({True: "a", 1: "b"}, [1, True, 1.0].count(1), True is True, (1 == 1) is True)  # expect: {True: 'b'} 3 True True
