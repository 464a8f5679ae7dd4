# Nested functions see enclosing and global names; locals hide them.
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    def shadow():
        x = "local"
        return x
    return inner(), shadow(), x
print(outer())  # expect: ('enclosing', 'local', 'enclosing')
def reads_global():
    return x
print(reads_global())  # expect: global
def uses_builtin():
    return len("abc")
print(uses_builtin())  # expect: 3
