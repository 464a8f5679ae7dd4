# Case conversion methods return new strings.
s = "hello World"
print(s.upper())  # expect: HELLO WORLD
print(s.lower())  # expect: hello world
print(s.title())  # expect: Hello World
print(s.capitalize())  # expect: Hello world
print(s.swapcase())  # expect: HELLO wORLD
print(s)  # expect: hello World
