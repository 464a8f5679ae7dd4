# "Did you mean" suggestions on an uncaught NameError or AttributeError (suggest_module_attribute.py)
import asyncio
asyncio.sleeep(1)
# expect runtime error: AttributeError: module 'asyncio' has no attribute 'sleeep'. Did you mean: 'sleep'?
