# "Did you mean" suggestions on an uncaught NameError or AttributeError (suggest_inherited_method.py)
class Base:
    def run(self): pass
class Child(Base):
    def go(self):
        self.rnu()
Child().go()
# expect runtime error: AttributeError: 'Child' object has no attribute 'rnu'
