# OSError(errno, strerror, filename): the subclass for the errno, str, args, errno/strerror/filename attributes; exceptions take no keyword arguments
for args in ((2, "No such file"), (2, "No such file", "a.txt"), (13, "Denied", "x", None, "y"), (17, "exists", None), ("a", "b"), (1,), (), (5, "io", "f", 0), (999, "other"), (111, "refused"), (1, 2, 3, 4, 5, 6)):
    e = OSError(*args)
    print(type(e).__name__, repr(e), str(e), e.args, e.errno, e.strerror, e.filename, e.filename2 if hasattr(e, "filename2") else "-")
    # expect: FileNotFoundError FileNotFoundError(2, 'No such file') [Errno 2] No such file (2, 'No such file') 2 No such file None None
    # expect: FileNotFoundError FileNotFoundError(2, 'No such file') [Errno 2] No such file: 'a.txt' (2, 'No such file') 2 No such file a.txt None
    # expect: PermissionError PermissionError(13, 'Denied') [Errno 13] Denied: 'x' -> 'y' (13, 'Denied') 13 Denied x y
    # expect: FileExistsError FileExistsError(17, 'exists', None) [Errno 17] exists (17, 'exists', None) 17 exists None None
    # expect: OSError OSError('a', 'b') [Errno a] b ('a', 'b') a b None None
    # expect: OSError OSError(1) 1 (1,) None None None None
    # expect: OSError OSError()  () None None None None
    # expect: OSError OSError(5, 'io') [Errno 5] io: 'f' (5, 'io') 5 io f None
    # expect: OSError OSError(999, 'other') [Errno 999] other (999, 'other') 999 other None None
    # expect: ConnectionRefusedError ConnectionRefusedError(111, 'refused') [Errno 111] refused (111, 'refused') 111 refused None None
    # expect: OSError OSError(1, 2, 3, 4, 5, 6) (1, 2, 3, 4, 5, 6) (1, 2, 3, 4, 5, 6) None None None None
print(isinstance(OSError(2, "x"), FileNotFoundError), type(FileNotFoundError(13, "x")).__name__, IOError is OSError, EnvironmentError.__name__)  # expect: True FileNotFoundError True OSError
try:
    raise FileNotFoundError(2, "No such file or directory", "data.csv")
except OSError as e:
    print("caught", e, type(e).__name__)  # expect: caught [Errno 2] No such file or directory: 'data.csv' FileNotFoundError
try:
    ValueError(x=1)
except TypeError as e:
    print(e)  # expect: ValueError() takes no keyword arguments
class E(Exception): pass
try:
    E(1, code=2)
except TypeError as e:
    print(e)  # expect: E() takes no keyword arguments
class F(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code
print(repr(F("m", code=3)), F("m", code=3).code)  # expect: F('m') 3
e = OSError("x")
e.errno = 4
e.strerror = "set"
print(str(e), e.errno, e.args, repr(e))  # expect: [Errno 4] set 4 ('x',) OSError('x')
e.filename = "f"
print(str(e))  # expect: [Errno 4] set: 'f'
raise OSError(2, "No such file or directory", "missing.txt")
# expect runtime error: FileNotFoundError: [Errno 2] No such file or directory: 'missing.txt'
