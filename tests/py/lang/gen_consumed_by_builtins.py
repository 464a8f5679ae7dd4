# Generators work wherever an iterable does: list, sum, zip, enumerate, sorted, max, join.
def squares(n):
    for i in range(n):
        yield i * i

print(list(squares(5)))  # expect: [0, 1, 4, 9, 16]
print(sum(squares(4)))  # expect: 14
print(list(zip(squares(3), "abc")))  # expect: [(0, 'a'), (1, 'b'), (4, 'c')]
print(list(enumerate(squares(3), 1)))  # expect: [(1, 0), (2, 1), (3, 4)]
print(sorted(squares(4), reverse=True))  # expect: [9, 4, 1, 0]
print(max(squares(6)), min(squares(6)))  # expect: 25 0
print("-".join(str(x) for x in squares(4)))  # expect: 0-1-4-9
a, b, c = squares(3)
print(a, b, c)  # expect: 0 1 4
print(*squares(3))  # expect: 0 1 4
