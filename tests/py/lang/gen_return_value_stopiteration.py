# return in a generator ends it; the value rides on StopIteration.value.
def answer():
    yield "thinking"
    return 42

g = answer()
print(next(g))  # expect: thinking
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, e.args)  # expect: value: 42 (42,)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value, e.args)  # expect: again: None ()
