# The everyday list methods.
xs = [3, 1]
xs.append(4)
xs.extend([1, 5])
xs.insert(0, 9)
print(xs)  # expect: [9, 3, 1, 4, 1, 5]
print(xs.pop())  # expect: 5
print(xs.pop(0))  # expect: 9
xs.remove(1)
print(xs)  # expect: [3, 4, 1]
print(xs.index(4))  # expect: 1
print(xs.count(1))  # expect: 1
xs.insert(100, 7)
xs.insert(-1, 8)
print(xs)  # expect: [3, 4, 1, 8, 7]
xs.clear()
print(xs, len(xs))  # expect: [] 0
