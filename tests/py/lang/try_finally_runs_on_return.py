# finally runs on return, break and continue too.
def f():
    try:
        print("returning")
        return 1
    finally:
        print("cleanup")

print(f())
# expect: returning
# expect: cleanup
# expect: 1
for i in range(3):
    try:
        if i == 0:
            continue
        if i == 1:
            break
    finally:
        print("finally", i)
# expect: finally 0
# expect: finally 1
