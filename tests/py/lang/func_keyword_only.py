# Parameters after * or *args must be passed by keyword.
def connect(host, *, port=80, secure):
    return f"{host}:{port} secure={secure}"

print(connect("a", secure=True))  # expect: a:80 secure=True
print(connect("b", port=8080, secure=False))  # expect: b:8080 secure=False

def log(*msgs, sep=" "):
    return sep.join(msgs)

print(log("x", "y"))  # expect: x y
print(log("x", "y", sep="/"))  # expect: x/y
