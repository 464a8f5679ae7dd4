# Assigning anywhere in a function makes the name local for the whole function.
count = 10

def bump():
    count += 1
    return count

def show_then_set():
    print(count)
    count = 0

for f in (bump, show_then_set):
    try:
        f()
    except UnboundLocalError as e:
        print(type(e).__name__, e)
        # expect: UnboundLocalError cannot access local variable 'count' where it is not associated with a value
        # expect: UnboundLocalError cannot access local variable 'count' where it is not associated with a value

def uses_global():
    global count
    count += 1
    return count

print(uses_global(), count)  # expect: 11 11
def later():
    return undefined_thing
try:
    later()
except NameError as e:
    print(type(e).__name__, e)  # expect: NameError name 'undefined_thing' is not defined
bump()
# expect runtime error: UnboundLocalError: cannot access local variable 'count' where it is not associated with a value
