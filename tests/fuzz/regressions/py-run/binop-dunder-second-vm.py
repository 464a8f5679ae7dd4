class A:
    def __add__(self, other):
        return 1

print(A() + A())
