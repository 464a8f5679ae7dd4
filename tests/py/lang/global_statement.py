# global lets a function rebind a module-level name.
counter = 0
def bump():
    global counter
    counter += 1

def read():
    return counter

bump(); bump()
print(counter, read())  # expect: 2 2
def create():
    global created
    created = "yes"
create()
print(created)  # expect: yes
def shadow():
    counter = 100
    return counter
print(shadow(), counter)  # expect: 100 2
