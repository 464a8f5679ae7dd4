# x += 1 on a global without 'global x': UnboundLocalError, the caret under the target
count = 0
def increment():
    count += 1
    return count
def main():
    print("start")
    increment()
main()
# expect: start
# expect runtime error: UnboundLocalError: cannot access local variable 'count' where it is not associated with a value
