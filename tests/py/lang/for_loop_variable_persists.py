# The loop variable survives the loop with its last value.
for i in range(3):
    pass
print(i)  # expect: 2
for ch in "":
    pass
try:
    print(ch)
except NameError as e:
    print(e)  # expect: name 'ch' is not defined
