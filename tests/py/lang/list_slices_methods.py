# list slicing assignment and deletion, list methods and their errors, comprehensions
a = list(range(10))
a[2:5] = ["x"]
print(a)  # expect: [0, 1, 'x', 5, 6, 7, 8, 9]
a[::3] = [0, 0, 0]
print(a)  # expect: [0, 1, 'x', 0, 6, 7, 0, 9]
try: a[::2] = [1]
except ValueError as e: print(e)  # expect: attempt to assign sequence of size 1 to extended slice of size 4
del a[::2]
print(a)  # expect: [1, 0, 7, 9]
del a[-1:]
print(a)  # expect: [1, 0, 7]
a[1:1] = [7, 8]
print(a)  # expect: [1, 7, 8, 0, 7]
a[len(a):] = [99]
print(a)  # expect: [1, 7, 8, 0, 7, 99]
a[:0] = "ab"
print(a)  # expect: ['a', 'b', 1, 7, 8, 0, 7, 99]
b = [1, 2, 3]
b[5:] = [4]
print(b)  # expect: [1, 2, 3, 4]
b[-10:1] = []
print(b)  # expect: [2, 3, 4]
try: b[1:2] = 5
except TypeError as e: print(e)  # expect: can only assign an iterable
try: b[0.5]
except TypeError as e: print(e)  # expect: list indices must be integers or slices, not float
try: b[10] = 1
except IndexError as e: print(e)  # expect: list assignment index out of range
try: del b[10]
except IndexError as e: print(e)  # expect: list assignment index out of range
c = [3, 1, 2]
print(c.pop(0), c.pop(-1), c)  # expect: 3 2 [1]
try: c.pop(5)
except IndexError as e: print(e)  # expect: pop index out of range
c.insert(100, "end"); c.insert(-100, "start"); c.insert(1, "one")
print(c)  # expect: ['start', 'one', 1, 'end']
print(c.index("end"), c.count(2), [1, 2, 1].index(1, 1), [1, 2, 3].index(3, -1))  # expect: 3 0 2 2
try: [1, 2, 1].index(1, 1, 2)
except ValueError as e: print(e)  # expect: 1 is not in list
c.extend(range(2)); c.extend("xy"); c += (5,)
print(c)  # expect: ['start', 'one', 1, 'end', 0, 1, 'x', 'y', 5]
try: c + (1,)
except TypeError as e: print(e)  # expect: can only concatenate list (not "tuple") to list
try: c.extend(5)
except TypeError as e: print(e)  # expect: 'int' object is not iterable
d = [[0] * 2] * 2
d[0][0] = 1
print(d, [[0] * 2 for _ in range(2)])  # expect: [[1, 0], [1, 0]] [[0, 0], [0, 0]]
print([1, 2] * 2, [] * 5, [[]] * 2, [1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0], [2] > [1, 9])  # expect: [1, 2, 1, 2] [] [[], []] True True True True
try: [1] < ["a"]
except TypeError as e: print(e)  # expect: '<' not supported between instances of 'int' and 'str'
e = [5, 3, 8]
e.reverse(); print(e)  # expect: [8, 3, 5]
e.sort(reverse=True); print(e)  # expect: [8, 5, 3]
print(sorted(["b", "A", "c"], key=str.lower), sorted([(1, "b"), (1, "a"), (0, "z")]), sorted("hello"), sorted({3: 1, 1: 2}))  # expect: ['A', 'b', 'c'] [(0, 'z'), (1, 'a'), (1, 'b')] ['e', 'h', 'l', 'l', 'o'] [1, 3]
print(list(reversed([1, 2, 3])), list(reversed(range(5))), list(reversed("abc")), list(reversed((1, 2))))  # expect: [3, 2, 1] [4, 3, 2, 1, 0] ['c', 'b', 'a'] [2, 1]
e.clear(); print(e, e.copy(), len(e))  # expect: [] [] 0
f = [1, [2, 3]]
g = f.copy(); g[1].append(4); print(f, g is f)  # expect: [1, [2, 3, 4]] False
print([x for x in [3, 1, 2] if x > 1], [x * y for x in range(3) for y in range(x)], [[y for y in range(x)] for x in range(3)])  # expect: [3, 2] [0, 0, 2] [[], [0], [0, 1]]
x = 10
print([x for x in range(3)], x)  # expect: [0, 1, 2] 10
print({k: v for k, v in zip("abc", range(3))}, {x % 3 for x in range(10)}, list(x * 2 for x in range(3)))  # expect: {'a': 0, 'b': 1, 'c': 2} {0, 1, 2} [0, 2, 4]
print(sum(x for x in range(5)), max((x for x in "abc"), key=ord), tuple(i for i in range(3)))  # expect: 10 c (0, 1, 2)
