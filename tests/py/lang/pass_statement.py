# pass does nothing, wherever it is.
def todo():
    pass

class Empty:
    pass

for _ in range(2):
    pass
if True:
    pass
print(todo())  # expect: None
print(type(Empty()).__name__)  # expect: Empty
