# !r and !s conversions.
s = "it"
x = 0.1
print(f"{s!r}")  # expect: 'it'
print(f"{s!s}")  # expect: it
print(f"{x!r}")  # expect: 0.1
print(f"{[s]!s}")  # expect: ['it']
print(f"{s!r:>6}")  # expect:   'it'
print(f"{None!r} {True!s}")  # expect: None True
