# Bitwise operators on ints (negative numbers behave as infinite two's complement).
print(5 & 3)  # expect: 1
print(5 | 3)  # expect: 7
print(5 ^ 3)  # expect: 6
print(~5)  # expect: -6
print(1 << 10)  # expect: 1024
print(-16 >> 2)  # expect: -4
print(-1 >> 5)  # expect: -1
print(-5 & 0xFF)  # expect: 251
