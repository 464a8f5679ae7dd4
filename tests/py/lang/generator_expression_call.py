# Generator expressions consumed by a call.
print(sum(x * x for x in range(5)))  # expect: 30
print(any(c.isdigit() for c in "ab3"))  # expect: True
print(all(n > 0 for n in [1, 2, -3]))  # expect: False
print(max(len(w) for w in ["aa", "b", "cccc"]))  # expect: 4
print(",".join(str(n) for n in range(3)))  # expect: 0,1,2
print(sorted((n % 3 for n in range(6)), reverse=True))  # expect: [2, 2, 1, 1, 0, 0]
print(list(x for x in "hi"))  # expect: ['h', 'i']
print(tuple(n for n in range(3) if n))  # expect: (1, 2)
print(min((n for n in []), default="none"))  # expect: none
