# Raw strings keep backslashes; triple-quoted strings span lines.
print(r"C:\new\table")  # expect: C:\new\table
print(len(r"\n"))  # expect: 2
text = """first
  second
third"""
print(text)
# expect: first
# expect:   second
# expect: third
print(text.count("\n"))  # expect: 2
print('''single "quotes" too''')  # expect: single "quotes" too
