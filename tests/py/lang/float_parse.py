# float() parses decimal, exponent, inf and nan strings.
print(float("3.14"))  # expect: 3.14
print(float(" 2 "))  # expect: 2.0
print(float("1e3"))  # expect: 1000.0
print(float("-1.5E-3"))  # expect: -0.0015
print(float(".5"))  # expect: 0.5
print(float("5."))  # expect: 5.0
print(float("1_0.5"))  # expect: 10.5
print(float("-inf"))  # expect: -inf
print(float("Infinity"))  # expect: inf
print(float("nan"))  # expect: nan
print(float(7))  # expect: 7.0
print(float())  # expect: 0.0
