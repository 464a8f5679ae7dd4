# partition splits once; splitlines knows \n, \r\n, \r; join needs strings.
print("key=value=more".partition("="), "key=value=more".rpartition("="))  # expect: ('key', '=', 'value=more') ('key=value', '=', 'more')
print("novalue".partition("="), "novalue".rpartition("="))  # expect: ('novalue', '', '') ('', '', 'novalue')
text = "line one\nline two\r\nline three\rlast"
print(text.splitlines())  # expect: ['line one', 'line two', 'line three', 'last']
print(text.splitlines(keepends=True))  # expect: ['line one\n', 'line two\r\n', 'line three\r', 'last']
print("".splitlines(), "\n".splitlines(), "a\n\nb\n".splitlines())  # expect: [] [''] ['a', '', 'b']
print("-".join(["a", "b", "c"]), "".join(reversed("abc")), ", ".join(map(str, [1, 2, 3])))  # expect: a-b-c cba 1, 2, 3
try:
    ", ".join([1, 2])
except TypeError as e:
    print(e)  # expect: sequence item 0: expected str instance, int found
try:
    "x".partition("")
except ValueError as e:
    print(e)  # expect: empty separator
", ".join(["ok", None])
# expect runtime error: TypeError: sequence item 1: expected str instance, NoneType found
