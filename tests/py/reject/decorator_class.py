# A decorated class.
# expect error: 6:1: '@' decorators are not supported by looplab (see looplab help python)
def register(cls):
    return cls

@register
class Plugin:
    pass
