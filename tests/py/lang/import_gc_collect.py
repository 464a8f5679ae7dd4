# gc.collect() can be called at any time without changing the program's values.
import gc

data = [[i] for i in range(1000)]
cycle = []
cycle.append(cycle)
del cycle
gc.collect()
print(sum(x[0] for x in data))  # expect: 499500
