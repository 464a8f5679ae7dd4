# Complex number literals are refused before the program runs.
print("start")
z = 3 + 4j
# expect error: 3:9: complex number literals are not supported by looplab (see looplab help python)
