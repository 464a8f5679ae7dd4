# yield is an expression: send() resumes the generator with a value.
def running_average():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

avg = running_average()
print(next(avg))  # expect: None
print(avg.send(10))  # expect: 10.0
print(avg.send(20))  # expect: 15.0
print(avg.send(0))  # expect: 10.0
try:
    running_average().send(5)
except TypeError as e:
    print(e)  # expect: can't send non-None value to a just-started generator
