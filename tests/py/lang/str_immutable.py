# Strings cannot be changed in place.
s = "hello"
t = s.upper()
print(s, t)  # expect: hello HELLO
s[0] = "j"
# expect runtime error: TypeError: 'str' object does not support item assignment
