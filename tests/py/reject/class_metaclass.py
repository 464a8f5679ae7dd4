# Class keyword arguments such as metaclass= are refused.
# expect error: 6:13: 'class' keyword arguments are not supported by looplab (see looplab help python)
class Meta(type):
    pass

class Thing(metaclass=Meta):
    pass
