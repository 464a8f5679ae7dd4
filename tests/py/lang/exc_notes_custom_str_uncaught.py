# add_note and a custom __str__ on an exception, then uncaught
class ValidationError(Exception):
    def __init__(self, field, msg):
        self.field = field
        self.msg = msg
    def __str__(self):
        return f"{self.field}: {self.msg}"
try:
    raise ValidationError("age", "too small")
except ValidationError as e:
    print(e, repr(e), e.args)
e = ValueError("bad")
e.add_note("note one")
e.add_note("note two")
print(e.__notes__)
def f():
    raise ValidationError("name", "empty")
f()
# expect: age: too small ValidationError('age', 'too small') ('age', 'too small')
# expect: ['note one', 'note two']
# expect runtime error: ValidationError: name: empty
