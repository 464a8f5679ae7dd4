# Pitfall: assigning to a builtin's name hides the builtin.
list_ = [1, 2]
print(list(list_))  # expect: [1, 2]
def count_items(items):
    sum = 0
    for _ in items:
        sum += 1
    return sum
print(count_items("abc"), sum([1, 2]))  # expect: 3 3
list = [3, 4]
print(list)  # expect: [3, 4]
list("abc")
# expect runtime error: TypeError: 'list' object is not callable
