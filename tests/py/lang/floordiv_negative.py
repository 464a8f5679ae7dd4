# // floors toward negative infinity, it does not truncate.
print(7 // 2)  # expect: 3
print(-7 // 2)  # expect: -4
print(7 // -2)  # expect: -4
print(-7 // -2)  # expect: 3
print(-1 // 10)  # expect: -1
print(0 // -3)  # expect: 0
print(int(-7 / 2))  # expect: -3
