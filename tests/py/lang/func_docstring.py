# A docstring is just an expression statement at the top of the body.
def documented():
    """Return forty-two."""
    return 42

def only_doc():
    "No body but the docstring."

print(documented())  # expect: 42
print(only_doc())  # expect: None
