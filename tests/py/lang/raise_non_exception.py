# Only exceptions can be raised.
try:
    raise "text"
except TypeError as e:
    print(e)  # expect: exceptions must derive from BaseException
raise 42
# expect runtime error: TypeError: exceptions must derive from BaseException
