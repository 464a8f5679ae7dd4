# A bare except catches everything, even BaseException subclasses.
try:
    raise KeyboardInterrupt
except:
    print("caught everything")  # expect: caught everything
try:
    1 / 0
except:
    print("division")  # expect: division
