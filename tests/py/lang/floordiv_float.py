# Floor division and modulo of floats.
print(7.5 // 2)  # expect: 3.0
print(-7.5 // 2)  # expect: -4.0
print(7.5 % 2)  # expect: 1.5
print(-7.5 % 2)  # expect: 0.5
print(7.5 % -2)  # expect: -0.5
print(-7 // 2.0)  # expect: -4.0
print(1.0 % 0.1)  # expect: 0.09999999999999995
print(5 // 0.1)  # expect: 49.0
print(-0.0 // 1)  # expect: -0.0
print(3 % -1.5)  # expect: -0.0
