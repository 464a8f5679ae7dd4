# throw() raises inside the generator at its yield; it may catch it and go on.
def worker():
    while True:
        try:
            yield "working"
        except KeyError as e:
            print("recovered from", e)

w = worker()
print(next(w))  # expect: working
print(w.throw(KeyError("missing")))
# expect: recovered from 'missing'
# expect: working
try:
    w.throw(ValueError("fatal"))
except ValueError as e:
    print("escaped:", e)  # expect: escaped: fatal
print(next(w, "finished"))  # expect: finished
