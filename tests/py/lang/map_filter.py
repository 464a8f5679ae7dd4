# map and filter return lazy iterators.
print(list(map(str, [1, 2])))  # expect: ['1', '2']
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))  # expect: [11, 22]
print(list(filter(lambda n: n % 2, range(6))))  # expect: [1, 3, 5]
print(list(filter(None, [0, 1, "", "a", None])))  # expect: [1, 'a']
squares = map(lambda n: n * n, [1, 2, 3])
print(list(squares))  # expect: [1, 4, 9]
print(list(squares))  # expect: []
print(sum(map(int, "123")))  # expect: 6
print(sorted(map(abs, [-3, 1, -2])))  # expect: [1, 2, 3]
