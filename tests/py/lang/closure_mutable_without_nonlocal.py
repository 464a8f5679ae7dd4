# Mutating an outer list needs no nonlocal; rebinding the name would.
def make_log():
    entries = []
    def log(msg):
        entries.append(msg)
        return len(entries)
    return log, entries

log, entries = make_log()
log("a")
print(log("b"), entries)  # expect: 2 ['a', 'b']
