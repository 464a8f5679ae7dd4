# time: strftime of the current local time, the _ns clocks as ints, process_time.
import time
print(len(time.strftime("%X")), time.strftime("%Y")[:2], time.strftime(""), type(time.time_ns()).__name__, time.perf_counter_ns() > 0, time.process_time() >= 0)
# expect: 8 20  int True True
