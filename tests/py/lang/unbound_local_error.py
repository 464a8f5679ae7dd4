# Pitfall: assigning a name anywhere in a function makes it local everywhere in it.
count = 0
def bump():
    count += 1

try:
    bump()
except NameError as e:
    print(type(e).__name__)  # expect: UnboundLocalError
    print(e)  # expect: cannot access local variable 'count' where it is not associated with a value
print(count)  # expect: 0
