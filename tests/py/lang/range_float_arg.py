# range() wants ints.
print(list(range(int(2.0))))  # expect: [0, 1]
for i in range(2.5):
    print(i)
# expect runtime error: TypeError: 'float' object cannot be interpreted as an integer
