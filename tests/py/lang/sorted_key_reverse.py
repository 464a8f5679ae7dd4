# sorted with key and reverse.
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words))  # expect: ['Apple', 'banana', 'cherry', 'date']
print(sorted(words, key=str.lower))  # expect: ['Apple', 'banana', 'cherry', 'date']
print(sorted(words, key=len))  # expect: ['date', 'Apple', 'banana', 'cherry']
print(sorted(words, key=len, reverse=True))  # expect: ['banana', 'cherry', 'Apple', 'date']
print(sorted([3, 1, 2], reverse=True))  # expect: [3, 2, 1]
print(sorted("cab"))  # expect: ['a', 'b', 'c']
print(sorted({"b": 1, "a": 2}))  # expect: ['a', 'b']
scores = {"ann": 3, "bo": 9, "cy": 5}
print(sorted(scores, key=scores.get))  # expect: ['ann', 'cy', 'bo']
print(sorted(scores.items(), key=lambda kv: kv[1], reverse=True))  # expect: [('bo', 9), ('cy', 5), ('ann', 3)]
