# % takes the sign of the divisor.
print(7 % 3)  # expect: 1
print(-7 % 3)  # expect: 2
print(7 % -3)  # expect: -2
print(-7 % -3)  # expect: -1
print(-1 % 10)  # expect: 9
print((-7 // 3) * 3 + (-7 % 3))  # expect: -7
