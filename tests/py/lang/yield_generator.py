# A generator function (was a refusal test: yield is supported now).
def count_up(n):
    for i in range(n):
        yield i

print(list(count_up(3)))  # expect: [0, 1, 2]
