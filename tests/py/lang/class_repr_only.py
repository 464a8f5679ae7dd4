# With only __repr__, str() falls back to it.
class Tag:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"<{self.name}>"

t = Tag("b")
print(t)  # expect: <b>
print(str(t), [t])  # expect: <b> [<b>]
