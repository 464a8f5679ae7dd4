# a case flip costs less than a substitution: the closest name wins, first on ties
Total = 1
totals = 2
print(total)
# expect runtime error: NameError: name 'total' is not defined. Did you mean: 'Total'?
