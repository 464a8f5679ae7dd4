# pop() from an empty list.
stack = [1]
print(stack.pop())  # expect: 1
stack.pop()
# expect runtime error: IndexError: pop from empty list
