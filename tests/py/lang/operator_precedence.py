# Precedence of arithmetic, comparison and boolean operators.
print(2 + 3 * 4)  # expect: 14
print((2 + 3) * 4)  # expect: 20
print(-3 ** 2)  # expect: -9
print(10 - 4 - 3)  # expect: 3
print(2 * 3 % 4)  # expect: 2
print(not 1 == 2)  # expect: True
print(1 + 2 == 3 and 2 < 1 or 5)  # expect: 5
print(8 // 3 * 3)  # expect: 6
print(1 | 2 ^ 3 & 4)  # expect: 3
