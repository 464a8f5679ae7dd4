# An exception raised in a generator shows the consumer's frames, then the generator's.
def parse(lines):
    for line in lines:
        yield int(line)

def total(lines):
    return sum(parse(lines))

print(total(["1", "2"]))  # expect: 3
total(["1", "two"])
# expect runtime error: ValueError: invalid literal for int() with base 10: 'two'
