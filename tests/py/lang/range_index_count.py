# range has index() and count() like other sequences, computed without a loop.
evens = range(0, 20, 2)
print(evens.index(8), evens.count(8), evens.count(7), 8 in evens)  # expect: 4 1 0 True
down = range(10, 0, -3)
print(list(down), down.index(4), down.count(1))  # expect: [10, 7, 4, 1] 2 1
print(range(5).index(True), range(3).count(2.0))  # expect: 1 1
try:
    evens.index(7)
except ValueError as e:
    print(e)  # expect: 7 is not in range
range(3).index(10)
# expect runtime error: ValueError: 10 is not in range
