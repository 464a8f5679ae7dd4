# Set comprehensions deduplicate.
print({n % 4 for n in range(20)})  # expect: {0, 1, 2, 3}
lengths = {len(w) for w in ["a", "bb", "cc", "d"]}
print(sorted(lengths))  # expect: [1, 2]
