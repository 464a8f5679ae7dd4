# print with sep/end/file/flush, sys.stdout.write, reprs of floats and nested containers
import sys
print("a", "b", sep="")  # expect: ab
print("a", "b", sep=None, end=None)  # expect: a b
print(sep="-")  # expect:
print(1, 2, 3, sep=", ", end="!\n")  # expect: 1, 2, 3!
print("err", file=sys.stderr)
print("x", file=None)  # expect: x
print(*[], sep="x")  # expect:
print("", end="")
print()  # expect:
try: print(sep=1)
except TypeError as e: print(e)  # expect: sep must be None or a string, not int
try: print(end=2)
except TypeError as e: print(e)  # expect: end must be None or a string, not int
try: print(file=1)
except AttributeError as e: print(e)  # expect: 'int' object has no attribute 'write'
print("flush", flush=True)  # expect: flush
sys.stdout.write("direct\n")  # expect: direct
n = sys.stdout.write("abc\n")  # expect: abc
print(n)  # expect: 4
print(repr(print(end="")))  # expect: None
try: sys.stdout.write(5)
except TypeError as e: print(e)  # expect: write() argument must be str, not int
print("tab\there", "nl\\n", "q'\"")  # expect: tab	here nl\n q'"
print(1.0, 2.50, 1e-3, 1/7, -0.0, 3e20, 1e22, float("inf"), -float("inf"), float("nan"))  # expect: 1.0 2.5 0.001 0.14285714285714285 -0.0 3e+20 1e+22 inf -inf nan
print([1.0, 0.1, "s", None, True, (1,), {"k": [2.5]}], {1.5: "x"}, {0.1, 2.0} == {2.0, 0.1})  # expect: [1.0, 0.1, 's', None, True, (1,), {'k': [2.5]}] {1.5: 'x'} True
print(repr([1, 'a', "b'c", 'd"e', "\n"]), str(["\t"]))  # expect: [1, 'a', "b'c", 'd"e', '\n'] ['\t']
print(("a",), ("a", "b"), (), ((),), [[]], [()], {(): []})  # expect: ('a',) ('a', 'b') () ((),) [[]] [()] {(): []}
