# A generator function.
# expect error: 5:9: 'yield' expressions are not supported by looplab (see looplab help python)
def count_up(n):
    for i in range(n):
        yield i

print(list(count_up(3)))
