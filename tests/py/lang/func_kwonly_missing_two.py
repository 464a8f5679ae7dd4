# Several missing arguments are listed with commas and "and".
def connect(host, port, *, timeout, retries, verbose=False):
    return host, port, timeout, retries, verbose

try:
    connect("h", 1)
except TypeError as e:
    print(e)  # expect: connect() missing 2 required keyword-only arguments: 'timeout' and 'retries'
try:
    connect()
except TypeError as e:
    print(e)  # expect: connect() missing 2 required positional arguments: 'host' and 'port'
def three(a, b, c):
    pass
try:
    three()
except TypeError as e:
    print(e)  # expect: three() missing 3 required positional arguments: 'a', 'b', and 'c'
print(connect("h", 1, timeout=5, retries=2))  # expect: ('h', 1, 5, 2, False)
connect("h", timeout=1, retries=1)
# expect runtime error: TypeError: connect() missing 1 required positional argument: 'port'
