# A custom exception that stores extra data and passes its message to super().
class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem

class HttpError(Exception):
    def __init__(self, status, reason="unknown"):
        self.status = status
        self.reason = reason
        super().__init__(status, reason)
    def __str__(self):
        return f"HTTP {self.status} ({self.reason})"

try:
    raise ValidationError("age", "must be positive")
except ValueError as e:
    print(type(e).__name__, e, e.args, e.field)  # expect: ValidationError age: must be positive ('age: must be positive',) age
try:
    raise HttpError(404, "not found")
except HttpError as e:
    print(e, repr(e), e.args, e.status)  # expect: HTTP 404 (not found) HttpError(404, 'not found') (404, 'not found') 404
print(str(HttpError(500)), isinstance(ValidationError("a", "b"), Exception))  # expect: HTTP 500 (unknown) True
raise HttpError(503, "busy")
# expect runtime error: HttpError: HTTP 503 (busy)
