# Custom exception classes, with and without extra state.
class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"{key} not found")
        self.key = key

try:
    raise NotFound("user")
except AppError as e:
    print(type(e).__name__, e, e.key)  # expect: NotFound user not found user
    print(repr(e), e.args)  # expect: NotFound('user not found') ('user not found',)
try:
    raise AppError("plain", 2)
except Exception as e:
    print(e)  # expect: ('plain', 2)
print(isinstance(NotFound("k"), Exception))  # expect: True
