# Annotated names in class and module bodies are recorded in __annotations__, in order
retries: int = 3
name: str
print(__annotations__)  # expect: {'retries': <class 'int'>, 'name': <class 'str'>}

class Settings:
    "Settings for a worker."
    host: str = "localhost"
    port: "int"
    timeout: float = 1.5

    def total(self):
        count: int = 2
        return count

print(Settings.__annotations__)  # expect: {'host': <class 'str'>, 'port': 'int', 'timeout': <class 'float'>}
print(Settings.host, hasattr(Settings, "port"), Settings().total())  # expect: localhost False 2

class Plain:
    x = 1
print("__annotations__" in Plain.__dict__)  # expect: False
