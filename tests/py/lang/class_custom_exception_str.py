# An exception's __str__ decides the message in the traceback.
class HttpError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code

    def __str__(self):
        return f"HTTP {self.code}"

try:
    raise HttpError(404)
except HttpError as e:
    print(e, repr(e))  # expect: HTTP 404 HttpError(404)
raise HttpError(500)
# expect runtime error: HttpError: HTTP 500
