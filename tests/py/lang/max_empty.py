# max() of nothing.
def best(scores):
    return max(scores)

print(best([4, 9, 2]))  # expect: 9
print(best([]))
# expect runtime error: ValueError: max() arg is an empty sequence
