# Only single inheritance is in the subset.
# expect error: 9:18: 'class' statements with more than one base are not supported by looplab (see looplab help python)
class Named:
    pass

class Timed:
    pass

class Job(Named, Timed):
    pass
