# Found by fuzzing: round() of an int to more negative digits than an int64 has.
print(round(4, -22))  # expect: 0
print(round(-9223372036854775807, -18))  # expect: -9000000000000000000
print(round(1250, -2), round(1350, -2))  # expect: 1200 1400
