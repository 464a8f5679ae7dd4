# Pitfall: the "as" name is deleted when the handler ends.
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside:", e)  # expect: inside: x
try:
    print(e)
except NameError as err:
    print(err)  # expect: name 'e' is not defined
saved = None
try:
    raise TypeError("kept")
except TypeError as exc:
    saved = exc
print(repr(saved))  # expect: TypeError('kept')
