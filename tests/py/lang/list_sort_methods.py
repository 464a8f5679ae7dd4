# sort() sorts in place; sorted() returns a new list.
xs = [3, 1, 2]
ys = sorted(xs)
print(xs, ys)  # expect: [3, 1, 2] [1, 2, 3]
xs.sort()
print(xs)  # expect: [1, 2, 3]
xs.sort(reverse=True)
print(xs)  # expect: [3, 2, 1]
words = ["ccc", "a", "bb"]
words.sort(key=len)
print(words)  # expect: ['a', 'bb', 'ccc']
xs.reverse()
print(xs)  # expect: [1, 2, 3]
