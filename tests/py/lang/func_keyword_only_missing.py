# Forgetting a required keyword-only argument.
def connect(host, *, port):
    return f"{host}:{port}"

print(connect("a", port=1))  # expect: a:1
connect("b")
# expect runtime error: TypeError: connect() missing 1 required keyword-only argument: 'port'
