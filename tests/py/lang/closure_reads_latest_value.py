# A closure reads the variable, not the value it had when the closure was made.
def outer():
    x = 1
    def show():
        return x
    x = 2
    return show

print(outer()())  # expect: 2
def adders():
    fs = []
    for i in range(3):
        def add(n):
            return n + i
        fs.append(add)
    return fs
print([f(10) for f in adders()])  # expect: [12, 12, 12]
