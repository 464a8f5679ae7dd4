# ':=' may not rebind a comprehension's own loop variable: a SyntaxError before anything runs.
values = [1, 2, 3]
print("never printed")
print([v := v * 2 for v in values])
# expect runtime error: SyntaxError: assignment expression cannot rebind comprehension iteration variable 'v'
