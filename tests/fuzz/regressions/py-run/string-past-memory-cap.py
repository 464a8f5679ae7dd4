big = "x" * 1000000
for f in (lambda: ",".join([big] * 100), lambda: big.replace("x", "yy" * 100), lambda: "{:2147483648}".format(1), lambda: f"{big}{big}{big}{big}{big}{big}{big}{big}{big}{big}{big}{big}{big}{big}{big}{big}{big}{big}{big}{big}{big}{big}{big}{big}{big}{big}{big}{big}{big}{big}{big}{big}{big}{big}"):
    try:
        f()
    except MemoryError as e:
        print(e)
