s = "x"
for w in (2**62, 9223372036854775807):
    for f in (s.center, s.ljust, s.rjust, s.zfill):
        try:
            f(w)
        except MemoryError:
            pass
