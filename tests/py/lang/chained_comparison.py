# a < b < c means a < b and b < c, with b evaluated once.
print(1 < 2 < 3)  # expect: True
print(1 < 3 < 2)  # expect: False
print(3 > 2 > 1 > 0)  # expect: True
print(1 < 2 > 0)  # expect: True
print(1 == 1.0 == True)  # expect: True
calls = []
def mid():
    calls.append("mid")
    return 5
print(0 < mid() < 10)  # expect: True
print(calls)  # expect: ['mid']
print(5 < mid() < 10)  # expect: False
print(len(calls))  # expect: 2
print(10 < 5 < mid())  # expect: False
print(len(calls))  # expect: 2
x = 5
print(0 <= x < 10, x in [5] in [[5]])  # expect: True True
