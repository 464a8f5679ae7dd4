# Truthiness asks __bool__ first, then __len__; otherwise objects are true.
class Empty:
    def __len__(self):
        return 0
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
class Plain:
    pass
print(bool(Empty()), bool(Flag(True)), bool(Flag(False)), bool(Plain()))  # expect: False True False True
print("yes" if Empty() else "no", len([x for x in [Flag(1 > 0), Flag(0 > 1)] if x]), not Plain())  # expect: no 1 False
class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadBool())
except TypeError as e:
    print(e)  # expect: __bool__ should return bool, returned int
try:
    len(BadLen())
except ValueError as e:
    print(e)  # expect: __len__() should return >= 0
try:
    len(Plain())
except TypeError as e:
    print(e)  # expect: object of type 'Plain' has no len()
