# print(file=sys.stderr) writes to stderr, not stdout.
import sys

print("to stdout")  # expect: to stdout
print("to stderr", file=sys.stderr)
print("also stdout", file=sys.stdout)  # expect: also stdout
print("flushed", flush=True)  # expect: flushed
print("err", "two", sep="+", file=sys.stderr, flush=True)
print("end")  # expect: end
