# "Did you mean" suggestions on an uncaught NameError or AttributeError (suggest_exception_attribute.py)
class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
e = AppError(3)
print(e.cod)
# expect runtime error: AttributeError: 'AppError' object has no attribute 'cod'. Did you mean: 'code'?
