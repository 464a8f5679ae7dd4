# close() raises GeneratorExit at the paused yield, so finally blocks run.
def reader():
    print("open")
    try:
        yield "line 1"
        yield "line 2"
    finally:
        print("close file")

r = reader()
print(next(r))
r.close()
print("after close")
print(next(r, "nothing"))
# expect: open
# expect: line 1
# expect: close file
# expect: after close
# expect: nothing
