# Deduplicating strings with a set; sort before printing (string hashing is random).
words = ["b", "a", "b", "c", "a"]
unique = set(words)
print(len(unique))  # expect: 3
print(sorted(unique))  # expect: ['a', 'b', 'c']
print(sorted(set("mississippi")))  # expect: ['i', 'm', 'p', 's']
print("a" in unique)  # expect: True
seen = []
for w in words:
    if w not in seen:
        seen.append(w)
print(seen)  # expect: ['b', 'a', 'c']
