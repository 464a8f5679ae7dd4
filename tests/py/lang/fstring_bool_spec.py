# Pitfall: a format spec turns a bool into its int value.
done = True
print(f"{done}|{done!s:>5}|")  # expect: True| True|
print(f"{done:>5}|{False:<3}|")  # expect:     1|0  |
print(f"{str(done):>5}|")  # expect:  True|
