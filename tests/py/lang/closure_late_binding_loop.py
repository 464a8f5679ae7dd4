# Pitfall: closures created in a loop share the loop variable; a default arg captures it.
callbacks = []
for name in ["a", "b", "c"]:
    callbacks.append(lambda: name)
print([cb() for cb in callbacks])  # expect: ['c', 'c', 'c']
callbacks = []
for name in ["a", "b", "c"]:
    callbacks.append(lambda name=name: name)
print([cb() for cb in callbacks])  # expect: ['a', 'b', 'c']
