# Dict comprehensions, with a filter and with swapped pairs.
squares = {n: n * n for n in range(5) if n % 2 == 0}
print(squares)  # expect: {0: 0, 2: 4, 4: 16}
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverted)  # expect: {1: 'a', 2: 'b'}
counts = {}
for ch in "hello":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)  # expect: {'h': 1, 'e': 1, 'l': 2, 'o': 1}
