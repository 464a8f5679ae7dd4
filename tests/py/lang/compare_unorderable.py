# Ordering comparisons between unrelated types fail; equality does not.
print(1 == "1", None == 0)  # expect: False False
print(None < 1)
# expect runtime error: TypeError: '<' not supported between instances of 'NoneType' and 'int'
