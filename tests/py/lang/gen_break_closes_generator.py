# Breaking out of a for loop drops the generator, which closes it at once.
def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print("generator cleaned up")

for n in numbers():
    if n == 2:
        break
    print(n)
print("after the loop")
# expect: 0
# expect: 1
# expect: generator cleaned up
# expect: after the loop
