# import X as Y and from X import name.
import time as t
from time import sleep, time

start = t.time()
sleep(0.01)
t.sleep(0)
print(type(start).__name__)  # expect: float
print(time() - start >= 0.01)  # expect: True
