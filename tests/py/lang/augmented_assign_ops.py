# Every augmented assignment operator.
x = 10
x += 5
print(x)  # expect: 15
x -= 3
print(x)  # expect: 12
x *= 2
print(x)  # expect: 24
x //= 5
print(x)  # expect: 4
x **= 3
print(x)  # expect: 64
x %= 10
print(x)  # expect: 4
x /= 8
print(x)  # expect: 0.5
s = "ab"
s += "c"
s *= 2
print(s)  # expect: abcabc
