# A generator runs only when asked: each next() resumes it up to the following yield.
def count_up(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("end")

g = count_up(2)
print("created")  # expect: created
print(next(g))
print(next(g))
print(next(g, "exhausted"))
# expect: start
# expect: 0
# expect: 1
# expect: end
# expect: exhausted
