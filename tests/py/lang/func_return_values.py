# No return means None; return a, b returns a tuple.
def nothing():
    x = 1

def early(n):
    if n < 0:
        return
    return n

def pair():
    return 1, "two"

print(nothing())  # expect: None
print(early(-1), early(5))  # expect: None 5
print(pair())  # expect: (1, 'two')
a, b = pair()
print(b)  # expect: two
