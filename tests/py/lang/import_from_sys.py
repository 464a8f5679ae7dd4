# import sys and from sys import stdout both give the same stream.
import sys
from sys import stdout, stderr

print("via stdout", file=stdout)  # expect: via stdout
print(stdout is sys.stdout, stderr is sys.stderr)  # expect: True True
