# Without __match_args__ a class takes no positional sub-patterns: TypeError when the case is tried.
class Job:
    def __init__(self, name):
        self.name = name
def run(job):
    match job:
        case Job(name="backup"):
            return "backup"
        case Job(n):
            return n
print(run(Job("backup")))  # expect: backup
print(run(3))  # expect: None
run(Job("mail"))
# expect runtime error: TypeError: Job() accepts 0 positional sub-patterns (1 given)
