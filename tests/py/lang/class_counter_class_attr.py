# Counting instances with a class attribute.
class Task:
    created = 0

    def __init__(self, name):
        Task.created += 1
        self.id = Task.created
        self.name = name

tasks = [Task(n) for n in "abc"]
print(Task.created)  # expect: 3
print([(t.id, t.name) for t in tasks])  # expect: [(1, 'a'), (2, 'b'), (3, 'c')]
